/** The key presses that undo or redo in the studio: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export function undoKeyAction(press: KeyPress): 'undo' | 'redo' | undefined {
  if (!press.ctrlKey && !press.metaKey) return undefined;
  const key = press.key.toLowerCase();
  if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
  return key === 'y' ? 'redo' : undefined;
}
