import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { draftNameFor, fileNameFor, readDraft } from '../checkDraft.ts';
import { record, redo, startHistory, undo, type UndoHistory } from '../undoHistory.ts';
import { newDraftId, type Draft, type DraftStore } from './draftStore.ts';

/** Changes are saved this long after the trainer stops, and at once when the page is hidden or left. */
export const SAVE_DELAY_MS = 400;

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

export interface OpenDraft {
  id: string;
  history: UndoHistory;
}

/**
 * The draft being edited: its text with undo and redo, kept in the browser as the trainer edits
 * (debounced), and the last one reopened after a reload.
 */
export function useDraft(store: DraftStore) {
  const [draft, setDraft] = useState<OpenDraft | null>(null);
  const [restoring, setRestoring] = useState(true);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef<Draft | null>(null);
  // The text as stored: reopening a draft is not a change, and must not move its date.
  const stored = useRef<string | undefined>(undefined);

  const flush = useCallback(() => {
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = null;
    store.save(toSave).then(
      () => {
        stored.current = toSave.text;
        setSaveState(pending.current ? { kind: 'saving' } : { kind: 'saved' });
      },
      (error: unknown) => setSaveState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [store]);

  useEffect(() => {
    store.last().then(
      (last) => {
        if (last) {
          stored.current = last.text;
          setDraft({ id: last.id, history: startHistory(last.text) });
        }
        setRestoring(false);
      },
      () => setRestoring(false),
    );
  }, [store]);

  const text = draft?.history.present;
  useEffect(() => {
    if (!draft || text === undefined || text === stored.current) return undefined;
    const { raw } = readDraft(text);
    const file = fileNameFor(raw);
    pending.current = { id: draft.id, name: draftNameFor(raw, file), file, text, updatedAt: Date.now() };
    setSaveState({ kind: 'saving' });
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft?.id, text]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  return {
    draft,
    restoring,
    saveState,
    /** A new draft with this text (a template, a bundled scenario's copy, a file). */
    openText: (opened: string) => {
      flush();
      stored.current = undefined;
      setDraft({ id: newDraftId(Date.now()), history: startHistory(opened) });
    },
    openDraft: (saved: Draft) => {
      flush();
      stored.current = saved.text;
      setDraft({ id: saved.id, history: startHistory(saved.text) });
    },
    /** Forgets the open draft when it is the one deleted. */
    closeIf: (id: string) => setDraft((current) => (current?.id === id ? null : current)),
    change: (next: string) => setDraft((current) => current && { ...current, history: record(current.history, next, Date.now()) }),
    undo: () => setDraft((current) => current && { ...current, history: undo(current.history) }),
    redo: () => setDraft((current) => current && { ...current, history: redo(current.history) }),
  };
}
