import { useEffect, useRef, useState } from 'preact/hooks';

/** A yes-or-no question: its heading names the dialog, its text describes it. */
export interface Question {
  heading: string;
  text: string;
  confirm: string;
  /** The safe choice: focused first, and what Escape means. */
  cancel: string;
}

export type Ask = (question: Question) => Promise<boolean>;

export interface Pending {
  question: Question;
  answer(yes: boolean): void;
}

/**
 * The question on screen, if any, and `ask`, the accessible stand-in for `window.confirm`: it
 * resolves with the trainee's answer. One question at a time: the modal dialog blocks the page.
 */
export function useConfirmation(): { ask: Ask; pending: Pending | null } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask: Ask = (question) =>
    new Promise((resolve) => {
      // The first answer counts: closing the dialog after a click fires its close event too.
      let answered = false;
      const entry: Pending = {
        question,
        answer(yes) {
          if (answered) return;
          answered = true;
          // Only this question leaves the screen: Escape's close event may come after the next
          // question was asked (Escape then Enter on the opener, on a busy page).
          setPending((current) => (current === entry ? null : current));
          resolve(yes);
        },
      };
      setPending(entry);
    });
  return { ask, pending };
}

/**
 * A native modal `<dialog>` for the pending question. The rest of the page is inert while it is
 * open; focus starts on the safe choice, Escape cancels, and focus goes back to what opened it.
 */
export function ConfirmDialog({ pending }: { pending: Pending | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!pending || !element) return undefined;
    const opener = document.activeElement;
    element.showModal();
    safe.current?.focus();
    return () => {
      if (element.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [pending]);

  if (!pending) return null;
  const { question, answer } = pending;
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-heading"
      aria-describedby="confirm-text"
      // Escape closes a native dialog by itself: an answer not given is a no. A close event that
      // comes after the dialog opened again (a question asked right after Escape) is the old one's.
      onClose={(event) => {
        if (!event.currentTarget.open) answer(false);
      }}
    >
      <h2 id="confirm-heading">{question.heading}</h2>
      <p id="confirm-text">{question.text}</p>
      <div class="row">
        <button type="button" class="primary" ref={safe} onClick={() => answer(false)}>
          {question.cancel}
        </button>
        <button type="button" onClick={() => answer(true)}>
          {question.confirm}
        </button>
      </div>
    </dialog>
  );
}
