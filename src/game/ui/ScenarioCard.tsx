import type { Scenario } from '../../engine/index.ts';
import { languageName } from '../i18n/languageName.ts';
import { useGame } from './gameContext.ts';

/** What a card shows: a bundled scenario's own fields, or a published one's from the class's list. */
export type CardScenario = Pick<Scenario, 'id' | 'title' | 'channel' | 'difficulty' | 'brief' | 'locale'>;

/**
 * One scenario to pick: title, channel, difficulty, the language the customer speaks, brief, the
 * player's figures and a start button. Title and brief are in the scenario's language, and say so.
 */
export function ScenarioCard({ scenario, idPrefix, data, stats, onStart }: { scenario: CardScenario; idPrefix: string; data: Record<string, string>; stats: string; onStart: () => void }) {
  const { t, settings } = useGame();
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
