import type { CompiledScenario } from '../../engine/index.ts';
import { languageName } from '../i18n/languageName.ts';
import { useGame } from './gameContext.ts';

/**
 * One scenario to pick: title, channel, difficulty, the language the customer speaks, brief, the
 * player's figures and a start button. Title and brief are in the scenario's language, and say so.
 */
export function ScenarioCard({ compiled, idPrefix, data, stats, onStart }: { compiled: CompiledScenario; idPrefix: string; data: Record<string, string>; stats: string; onStart: () => void }) {
  const { t, settings } = useGame();
  const { scenario } = compiled;
  const headingId = `${idPrefix}-${scenario.id}`;
  return (
    <li class="card" aria-labelledby={headingId} {...data}>
      <h2 id={headingId} lang={scenario.locale}>
        {scenario.title}
      </h2>
      <p class="meta">
        <span>{t(`picker.channel.${scenario.channel}`)}</span> · <span>{t('picker.difficulty', { level: scenario.difficulty })}</span> ·{' '}
        <span class="scenario-language">{t('picker.language', { language: languageName(scenario.locale, settings.locale) })}</span>
      </p>
      <p class="brief" lang={scenario.locale}>
        {scenario.brief}
      </p>
      <p class="meta">{stats}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t('picker.start')}
      </button>
    </li>
  );
}
