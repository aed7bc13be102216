import { expect, it } from 'vitest';
import { undoKeyAction } from './undoKeys.ts';

const press = (key: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
});

it('undoes with Ctrl+Z or Cmd+Z, redoes with the shift or Y, and leaves other keys alone', () => {
  expect(undoKeyAction(press('z', { ctrl: true }))).toBe('undo');
  expect(undoKeyAction(press('z', { meta: true }))).toBe('undo');
  expect(undoKeyAction(press('Z', { ctrl: true, shift: true }))).toBe('redo');
  expect(undoKeyAction(press('y', { ctrl: true }))).toBe('redo');
  expect(undoKeyAction(press('z'))).toBeUndefined();
  expect(undoKeyAction(press('s', { ctrl: true }))).toBeUndefined();
});
