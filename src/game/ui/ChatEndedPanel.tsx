import { useEffect, useRef } from 'preact/hooks';
import { endReason } from '../play/endReason.ts';
import type { LivePlay } from '../play/livePlay.ts';
import { useGame } from './gameContext.ts';

/** How long the end panel stays before the debrief opens by itself: time to read the customer's last message and why the chat ended. */
export const DEBRIEF_AFTER_MS = 5_000;

/** The end of a chat, once the customer's last message has shown: why it ended, then the debrief. */
export function ChatEndedPanel({ play, title }: { play: LivePlay; title: string }) {
  const { t, go, store } = useGame();
  const finished = play.finishedSession;
  const toDebrief = useRef<HTMLButtonElement>(null);

  const openDebrief = () => {
    if (!finished) return;
    const id = `${finished.wallStart}-${finished.log.seed}`;
    // The history has it as soon as the chat ends; built here only if its save has not begun.
    const record = store.history.find((candidate) => candidate.id === id) ?? { id, source: play.source, title, wallStart: finished.wallStart, log: finished.log, report: finished.report };
    go({ name: 'debrief', record });
  };

  useEffect(() => {
    // The reply form that held the focus is gone: the keyboard goes on from the way to the debrief.
    if (document.activeElement === null || document.activeElement === document.body) toDebrief.current?.focus();
    const timer = setTimeout(openDebrief, DEBRIEF_AFTER_MS);
    return () => clearTimeout(timer);
  }, [play]);

  return (
    <div class="ended" role="status">
      <p>{t('play.ended')}</p>
      {finished && <p class="end-reason">{t(`endReason.${endReason(finished.log, finished.report)}`)}</p>}
      <p>{t('play.debriefSoon')}</p>
      <button type="button" class="primary" ref={toDebrief} onClick={openDebrief}>
        {t('play.toDebrief')}
      </button>
    </div>
  );
}
