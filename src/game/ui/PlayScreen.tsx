import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_REPLY_LENGTH } from '../../engine/index.ts';
import { createDeskGame, type DeskGame } from '../phaser/DeskScene.ts';
import type { LivePlay, PlayView } from '../play/livePlay.ts';
import { moodFace } from '../play/moodFace.ts';
import { CannedReplies } from './CannedReplies.tsx';
import { ChatEndedPanel } from './ChatEndedPanel.tsx';
import { CustomerRecord } from './CustomerRecord.tsx';
import { useGame } from './gameContext.ts';

/** What, in the view, changes what the page shows: re-render only when it does. */
const signature = (view: PlayView) =>
  `${view.messages.length}|${view.typing}|${view.ended}|${view.mood}|${view.timerLevel}|${view.waitingFor}|${view.waitingSeconds === null ? '-' : Math.floor(view.waitingSeconds)}`;

export function PlayScreen({ play, title, resumed, renderer }: { play: LivePlay; title: string; resumed: boolean; renderer: 'auto' | 'canvas' }) {
  const { t, confirm } = useGame();
  const { scenario } = play.compiled;
  const [view, setView] = useState(() => play.view());
  const [draft, setDraft] = useState('');
  const desk = useRef<HTMLDivElement>(null);
  const deskGame = useRef<DeskGame | undefined>(undefined);
  const log = useRef<HTMLDivElement>(null);
  const reply = useRef<HTMLTextAreaElement>(null);

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

  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [view.messages.length]);

  useEffect(() => {
    reply.current?.focus();
    // Leaving the page mid-chat asks first; a reload still resumes the chat.
    const warn = (event: BeforeUnloadEvent) => {
      if (!play.session.ended) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [play]);

  // Read the box itself: a key pressed right after typing may come before the state catches up.
  const send = () => {
    const text = reply.current?.value ?? draft;
    if (text.trim() === '') return;
    if (!play.reply(text)) return;
    setDraft('');
    if (reply.current) reply.current.value = '';
  };

  // A canned reply goes where the cursor is (replacing a selection), to be edited before sending.
  const insertCanned = (text: string) => {
    const box = reply.current;
    if (!box) return;
    const start = box.selectionStart ?? box.value.length;
    const end = box.selectionEnd ?? start;
    const next = `${box.value.slice(0, start)}${text}${box.value.slice(end)}`.slice(0, MAX_REPLY_LENGTH);
    box.value = next;
    setDraft(next);
    box.focus();
    box.setSelectionRange(start + text.length, start + text.length);
    play.typing();
  };

  const finished = view.ended && !view.typing;
  const who = (from: string, name?: string) => (from === 'agent' ? t('play.you') : from === 'customer' ? scenario.customer.name : (name ?? ''));
  const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

  return (
    <section class={`screen play channel-${scenario.channel}`} aria-labelledby="play-heading">
      <h1 id="play-heading">{title}</h1>
      {resumed && <p role="status">{t('play.resumed')}</p>}
      <details class="brief-box">
        <summary>{t('play.brief')}</summary>
        <p>{scenario.brief}</p>
      </details>
      <div class="play-layout">
        <div class="desk-column">
          <div class="desk" ref={desk} aria-hidden="true" />
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
          <p class="sr-only" role="status">
            {t('play.mood', { mood: t(`mood.${moodFace(view.mood)}`) })}
          </p>
          <CustomerRecord compiled={play.compiled} />
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
          {finished ? (
            <ChatEndedPanel play={play} title={title} />
          ) : (
            <form
              class="reply-form"
              onSubmit={(event) => {
                event.preventDefault();
                send();
              }}
            >
              <label for="reply">{t('play.reply')}</label>
              <textarea
                id="reply"
                ref={reply}
                rows={3}
                maxLength={MAX_REPLY_LENGTH}
                value={draft}
                disabled={view.ended}
                aria-describedby="reply-hint"
                onInput={(event) => {
                  setDraft(event.currentTarget.value);
                  play.typing();
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                    event.preventDefault();
                    send();
                  }
                }}
              />
              <p id="reply-hint" class="hint">
                {t('play.hint')}
                {/* Said only near the limit, where the box is about to stop taking characters. */}
                {draft.length >= MAX_REPLY_LENGTH * 0.9 && ` ${t('play.charactersLeft', { count: MAX_REPLY_LENGTH - draft.length, max: MAX_REPLY_LENGTH })}`}
              </p>
              <div class="row">
                <button type="submit" class="primary" disabled={view.ended}>
                  {t('play.send')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void confirm({ heading: t('play.closeHeading'), text: t('play.closeConfirm'), confirm: t('play.closeYes'), cancel: t('play.closeNo') }).then((yes) => yes && play.close())
                  }
                >
                  {t('play.close')}
                </button>
              </div>
              <CannedReplies compiled={play.compiled} disabled={view.ended} onInsert={insertCanned} />
            </form>
          )}
        </div>
      </div>
    </section>
  );
}
