/**
 * The versions of the draft's text, for undo and redo. Edits that come in quick succession
 * (typing in a field) make one step, so that undo takes back a word or a change, not a letter.
 */
export interface UndoHistory {
  past: readonly string[];
  present: string;
  future: readonly string[];
  /** When the present version was last changed, in milliseconds. */
  changedAt: number;
}

/** Edits closer together than this join the same undo step. */
export const MERGE_WINDOW_MS = 1000;
/** The oldest versions are dropped beyond this, so memory stays bounded. */
export const MAX_STEPS = 200;

export const startHistory = (text: string): UndoHistory => ({ past: [], present: text, future: [], changedAt: -Infinity });

export function record(history: UndoHistory, text: string, now: number): UndoHistory {
  if (text === history.present) return history;
  if (now - history.changedAt < MERGE_WINDOW_MS && history.past.length > 0) return { ...history, present: text, future: [], changedAt: now };
  return { past: [...history.past, history.present].slice(-MAX_STEPS), present: text, future: [], changedAt: now };
}

export function undo(history: UndoHistory): UndoHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], changedAt: -Infinity };
}

export function redo(history: UndoHistory): UndoHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, changedAt: -Infinity };
}
