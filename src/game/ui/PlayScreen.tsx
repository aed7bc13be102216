import { useEffect, useRef, useState } from 'preact/hooks';
import { createDeskGame, type DeskGame } from '../phaser/DeskScene.ts';
import type { LivePlay, PlayView } from '../play/livePlay.ts';
import { moodFace } from '../play/moodFace.ts';
import { ChatEndedPanel } from './ChatEndedPanel.tsx';
import { CustomerRecord } from './CustomerRecord.tsx';
import { useGame } from './gameContext.ts';
import { ReplyForm } from './ReplyForm.tsx';
import { useStickyScroll } from './useStickyScroll.ts';
import { useVisibleHeight } from './useVisibleHeight.ts';

/** What, in the view, changes what the page shows: re-render only when it does. */
const signature = (view: PlayView) =>
  `${view.messages.length}|${view.typing}|${view.ended}|${view.mood}|${view.timerLevel}|${view.waitingFor}|${view.waitingSeconds === null ? '-' : Math.floor(view.waitingSeconds)}`;

export function PlayScreen({ play, title, resumed, renderer }: { play: LivePlay; title: string; resumed: boolean; renderer: 'auto' | 'canvas' }) {
  const { t } = useGame();
  const { scenario } = play.compiled;
  const [view, setView] = useState(() => play.view());
  const desk = useRef<HTMLDivElement>(null);
  const deskGame = useRef<DeskGame | undefined>(undefined);
  const log = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let last = signature(play.view());
    return play.subscribe(() => {
      deskGame.current?.refresh();
      const next = play.view();
      const key = signature(next);
      if (key !== last) {
        last = key;
        setView(next);
      }
    });
  }, [play]);

  useEffect(() => {
    if (!desk.current) return undefined;
    const game = (deskGame.current = createDeskGame(
      desk.current,
      {
        view: () => play.view(),
        channel: scenario.channel,
        customerName: scenario.customer.name,
        avatar: scenario.customer.avatar,
        excellent: scenario.scoring.responseTime.excellent,
        acceptable: scenario.scoring.responseTime.acceptable,
      },
      renderer,
    ));
    return () => {
      deskGame.current = undefined;
      game.destroy();
    };
  }, [play, renderer, scenario]);

  useStickyScroll(log, view.messages.length);
  useVisibleHeight();

  useEffect(() => {
    // Leaving the page mid-chat asks first; a reload still resumes the chat.
    const warn = (event: BeforeUnloadEvent) => {
      if (!play.session.ended) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [play]);

  const finished = view.ended && !view.typing;
  const who = (from: string, name?: string) => (from === 'agent' ? t('play.you') : from === 'customer' ? scenario.customer.name : (name ?? ''));
  const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

  return (
    <section class={`screen play channel-${scenario.channel}`} aria-labelledby="play-heading">
      <div class="play-head">
        <h1 id="play-heading">{title}</h1>
        {resumed && <p role="status">{t('play.resumed')}</p>}
        <details class="brief-box">
          <summary>{t('play.brief')}</summary>
          <p>{scenario.brief}</p>
        </details>
      </div>
      <div class="play-layout">
        <div class="desk-column">
          <div class="desk" ref={desk} aria-hidden="true" />
          <div class="desk-meters">
            <p class="patience">
              <label for="patience-meter">{t('play.patience')}</label>{' '}
              <meter id="patience-meter" min={0} max={1} low={0.2} high={0.5} optimum={1} value={view.patience}>
                {Math.round(view.patience * 100)}%
              </meter>
            </p>
            <p class={`waiting level-${view.timerLevel}`}>
              {view.waitingFor === null || view.waitingSeconds === null
                ? t('play.notWaiting')
                : t(view.waitingFor === 'welcome' ? 'play.awaitingWelcome' : 'play.sinceLast', { seconds: Math.floor(view.waitingSeconds) })}
            </p>
            {/* Read out on every size; shown beside the face only where the face is small. */}
            <p class="mood" role="status">
              {t('play.mood', { mood: t(`mood.${moodFace(view.mood)}`) })}
            </p>
          </div>
          <CustomerRecord compiled={play.compiled} scrolls />
        </div>
        <div class="chat-column">
          <div class="chat-log" role="log" aria-live="polite" aria-label={t('play.log', { name: scenario.customer.name })} ref={log} tabIndex={0}>
            {view.messages.map((message) => (
              <div key={message.index} class={`msg from-${message.from}`} data-from={message.from}>
                <span class="who">
                  {who(message.from, message.name)} <span class="time">{clock(message.at)}</span>
                </span>
                <span class="text">{message.text}</span>
              </div>
            ))}
          </div>
          <p class="typing" aria-live="polite">
            {view.typing ? t('play.typing', { name: scenario.customer.name }) : ''}
          </p>
          {finished ? <ChatEndedPanel play={play} title={title} /> : <ReplyForm play={play} disabled={view.ended} />}
        </div>
      </div>
    </section>
  );
}
