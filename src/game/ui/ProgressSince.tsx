import { DIMENSIONS } from '../../engine/index.ts';
import { progressSince } from '../storage/progress.ts';
import type { SessionRecord } from '../storage/records.ts';
import { useGame } from './gameContext.ts';

/**
 * The scores against the previous try of the same scenario, each change said in words ('+8,
 * meglio'), not by its colour alone.
 */
export function ProgressSince({ record }: { record: SessionRecord }) {
  const { t, store } = useGame();
  const progress = progressSince(record, store.history);
  if (progress === undefined) return <p class="progress-first">{t('debrief.progressFirst')}</p>;
  const { previous } = progress;
  const format = new Intl.DateTimeFormat(t('app.dateLocale'), { dateStyle: 'medium', timeStyle: 'short' });
  const change = (points: number) => (points > 0 ? t('debrief.progressUp', { points }) : points < 0 ? t('debrief.progressDown', { points: -points }) : t('debrief.progressSame'));
  const trend = (points: number) => (points > 0 ? 'up' : points < 0 ? 'down' : 'same');
  const rows = [
    { key: 'total', label: t('debrief.total'), from: previous.report.total, to: record.report.total, points: progress.total },
    ...DIMENSIONS.flatMap((dimension) => {
      const points = progress.dimensions[dimension];
      return points === undefined
        ? []
        : [{ key: dimension, label: t(`debrief.dimension.${dimension}`), from: previous.report.dimensions[dimension].score, to: record.report.dimensions[dimension].score, points }];
    }),
  ];
  return (
    <section class="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('debrief.progress')}</h2>
      <p class="meta">{t('debrief.progressWhen', { date: format.format(previous.wallStart) })}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.key} class={`trend-${trend(row.points)}`} data-testid={`progress-${row.key}`}>
            {t('debrief.progressLine', { label: row.label, from: row.from, to: row.to, change: change(row.points) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
