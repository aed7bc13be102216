import { useState } from 'preact/hooks';
import { refusalText } from '../classroom/refusalText.ts';
import { CustomerRecord } from './CustomerRecord.tsx';
import { useGame, type Screen } from './gameContext.ts';

/**
 * The brief before the chat: read at leisure, for the clock starts only when the trainee opens the
 * chat (a real agent reads the ticket before picking it up).
 */
export function BriefingScreen({ briefing }: { briefing: Extract<Screen, { name: 'briefing' }> }) {
  const { t, go, openBriefedChat, store } = useGame();
  const { scenario } = briefing.compiled;
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async () => {
    setOpening(true);
    setError(null);
    try {
      await openBriefedChat(briefing);
    } catch (refusal) {
      setError(t('classPanel.startRefused', { message: refusalText(t, refusal) }));
      setOpening(false);
    }
  };

  return (
    <section class="screen briefing" aria-labelledby="briefing-heading">
      <h1 id="briefing-heading">{scenario.title}</h1>
      <p class="meta">
        <span>{t(`picker.channel.${scenario.channel}`)}</span> · <span>{t('picker.difficulty', { level: scenario.difficulty })}</span>
        {briefing.forClass && store.membership && (
          <>
            {' · '}
            <strong>{t('briefing.forClass')}</strong>
          </>
        )}
      </p>
      <div class="briefing-layout">
        <section class="briefing-brief" aria-labelledby="briefing-brief-heading">
          <h2 id="briefing-brief-heading">{t('play.brief')}</h2>
          <p>{scenario.brief}</p>
        </section>
        <CustomerRecord compiled={briefing.compiled} />
      </div>
      <p class="hint">{t(`briefing.clock.${scenario.channel}`)}</p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={opening} onClick={() => void open()}>
          {t('briefing.open')}
        </button>
        <button type="button" onClick={() => go({ name: 'picker' })}>
          {t('briefing.back')}
        </button>
      </div>
    </section>
  );
}
