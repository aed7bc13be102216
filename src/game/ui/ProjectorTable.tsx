import type { LeaderboardEntry } from '../../classroom/contract.ts';
import { useGame } from './gameContext.ts';

/** Rows per column: past this the board splits in two columns, so a class of twenty fits a 1080p screen. */
export const ROWS_PER_COLUMN = 8;

/** A board's rows, the podium marked, the trainee who just scored lit up. */
export function ProjectorTable({ entries, hideNames, highlight }: { entries: LeaderboardEntry[]; hideNames: boolean; highlight: string | null }) {
  const columns = entries.length > ROWS_PER_COLUMN ? [entries.slice(0, Math.ceil(entries.length / 2)), entries.slice(Math.ceil(entries.length / 2))] : [entries];
  // The type shrinks with the rows (styles.css), so that a whole class fits the screen without scrolling.
  return (
    <div class={`projector-tables columns-${columns.length}`} style={{ '--rows': columns[0]!.length }}>
      {columns.map((rows, column) => (
        <BoardColumn key={column} rows={rows} offset={column === 0 ? 0 : columns[0]!.length} hideNames={hideNames} highlight={highlight} />
      ))}
    </div>
  );
}

function BoardColumn({ rows, offset, hideNames, highlight }: { rows: LeaderboardEntry[]; offset: number; hideNames: boolean; highlight: string | null }) {
  const { t } = useGame();
  return (
    <table class="projector-board">
      <colgroup>
        <col class="rank-column" />
        <col />
        <col class="score-column" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('projector.rank')}</th>
          <th scope="col">{t('projector.nickname')}</th>
          <th scope="col">{t('projector.score')}</th>
        </tr>
      </thead>
      <tbody>
        {/* With hidden names the server sends no trainee ids, so those rows are keyed by position. */}
        {rows.map((entry, index) => {
          const shown = hideNames || entry.nickname === null ? t('projector.hidden', { rank: entry.rank }) : entry.nickname;
          const classes = [entry.rank <= 3 ? `place place-${entry.rank}` : '', !hideNames && entry.nickname !== null && entry.nickname === highlight ? 'just-scored' : ''].filter(Boolean).join(' ');
          return (
            <tr key={entry.traineeId ?? `row-${offset + index}`} data-trainee={entry.traineeId} class={classes || undefined}>
              <td class="rank">{entry.rank}</td>
              <td class="nickname">{shown}</td>
              <td class="score">{entry.score}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
