import { useRef, useState } from 'preact/hooks';
import { MAX_REPLY_LENGTH } from '../../../engine/index.ts';
import type { PlaytestTexts } from './texts.ts';
import { sendOnEnter } from '../../ui/sendOnEnter.ts';

/** The reply box and "skip the wait". The draft lives here, so a keystroke re-renders nothing else. */
export function PlaytestReplyForm({
  onSend,
  onTyping,
  onSkip,
  ended,
  canSkip,
  t,
}: {
  onSend(text: string): boolean;
  onTyping(): void;
  onSkip(): void;
  ended: boolean;
  canSkip: boolean;
  t: PlaytestTexts;
}) {
  const [draft, setDraft] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const send = () => {
    // Read the box itself: Enter right after typing may come before the state catches up.
    const text = box.current?.value ?? draft;
    if (!onSend(text)) return;
    setDraft('');
    if (box.current) box.current.value = '';
  };
  return (
    <form
      class="playtest-reply"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label for="playtest-reply">{t.reply}</label>
      <textarea
        id="playtest-reply"
        ref={box}
        rows={3}
        maxLength={MAX_REPLY_LENGTH}
        value={draft}
        disabled={ended}
        aria-describedby="playtest-reply-hint"
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          onTyping();
        }}
        onKeyDown={sendOnEnter(send)}
      />
      <p id="playtest-reply-hint" class="hint">
        {t.replyHint}
      </p>
      <div class="playtest-actions">
        <button type="submit" class="primary" disabled={ended}>
          {t.send}
        </button>
        <button type="button" onClick={onSkip} disabled={!canSkip} aria-describedby="playtest-skip-hint">
          {t.skipWait}
        </button>
      </div>
      <p id="playtest-skip-hint" class="hint">
        {canSkip ? t.skipWaitHint : t.nothingScheduled}
      </p>
    </form>
  );
}
