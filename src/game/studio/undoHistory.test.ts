import { describe, expect, it } from 'vitest';
import { MAX_STEPS, MERGE_WINDOW_MS, record, redo, startHistory, undo } from './undoHistory.ts';

describe('undo and redo over text versions', () => {
  it('goes back and forth between versions, and a new edit drops the redo steps', () => {
    let history = record(startHistory('a'), 'ab', 0);
    history = record(history, 'abc', 5000);
    expect(undo(history).present).toBe('ab');
    expect(undo(undo(history)).present).toBe('a');
    expect(redo(undo(undo(history))).present).toBe('ab');
    const branched = record(undo(history), 'abX', 9000);
    expect(branched.future).toEqual([]);
    expect(redo(branched)).toBe(branched);
  });

  it('joins quick successive edits into one step', () => {
    let history = record(startHistory(''), 'c', 0);
    history = record(history, 'ci', MERGE_WINDOW_MS / 2);
    history = record(history, 'cia', MERGE_WINDOW_MS - 1);
    expect(undo(history).present).toBe('');
    history = record(history, 'ciao', 3 * MERGE_WINDOW_MS);
    expect(undo(history).present).toBe('cia');
  });

  it('does nothing with nothing to undo, or with an unchanged text', () => {
    const history = startHistory('a');
    expect(undo(history)).toBe(history);
    expect(record(history, 'a', 0)).toBe(history);
  });

  it('keeps a bounded number of steps', () => {
    let history = startHistory('0');
    for (let step = 1; step <= MAX_STEPS + 10; step += 1) history = record(history, String(step), step * 10 * MERGE_WINDOW_MS);
    expect(history.past.length).toBe(MAX_STEPS);
    expect(history.past[0]).toBe('10');
  });
});
