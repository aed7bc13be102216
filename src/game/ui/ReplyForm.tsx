import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_REPLY_LENGTH } from '../../engine/index.ts';
import type { LivePlay } from '../play/livePlay.ts';
import { CannedReplies } from './CannedReplies.tsx';
import { useGame } from './gameContext.ts';
import { sendOnEnter } from './sendOnEnter.ts';

/**
 * The reply box, the send and close buttons. The draft lives here, not in the play screen, so a
 * keystroke re-renders this form alone and never the chat log or the desk around it.
 */
export function ReplyForm({ play, disabled }: { play: LivePlay; disabled: boolean }) {
  const { t, confirm } = useGame();
  const [draft, setDraft] = useState('');
  const reply = useRef<HTMLTextAreaElement>(null);

  useEffect(() => reply.current?.focus(), []);

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

  return (
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
        disabled={disabled}
        aria-describedby="reply-hint"
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          play.typing();
        }}
        onKeyDown={sendOnEnter(send)}
      />
      <p id="reply-hint" class="hint">
        <span class="keys">{t('play.hint')}</span>
        {/* Said only near the limit, where the box is about to stop taking characters. */}
        {draft.length >= MAX_REPLY_LENGTH * 0.9 && ` ${t('play.charactersLeft', { count: MAX_REPLY_LENGTH - draft.length, max: MAX_REPLY_LENGTH })}`}
      </p>
      <div class="reply-actions">
        <button type="submit" class="primary" disabled={disabled}>
          {t('play.send')}
        </button>
        <button
          type="button"
          onClick={() => void confirm({ heading: t('play.closeHeading'), text: t('play.closeConfirm'), confirm: t('play.closeYes'), cancel: t('play.closeNo') }).then((yes) => yes && play.close())}
        >
          {t('play.close')}
        </button>
      </div>
      <CannedReplies compiled={play.compiled} disabled={disabled} onInsert={insertCanned} />
    </form>
  );
}
