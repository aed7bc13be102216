import type { CompiledScenario } from '../../engine/index.ts';
import { useGame } from './gameContext.ts';

/** One scenario to pick: title, channel, difficulty, brief, the player's figures and a start button. */
export function ScenarioCard({ compiled, idPrefix, data, stats, onStart }: { compiled: CompiledScenario; idPrefix: string; data: Record<string, string>; stats: string; onStart: () => void }) {
  const { t } = useGame();
  const { scenario } = compiled;
  const headingId = `${idPrefix}-${scenario.id}`;
  return (
    <li class="card" aria-labelledby={headingId} {...data}>
      <h2 id={headingId}>{scenario.title}</h2>
      <p class="meta">
        <span>{t(`picker.channel.${scenario.channel}`)}</span> · <span>{t('picker.difficulty', { level: scenario.difficulty })}</span>
      </p>
      <p class="brief">{scenario.brief}</p>
      <p class="meta">{stats}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t('picker.start')}
      </button>
    </li>
  );
}
