import { describe, expect, it } from 'vitest';
import { linePath, readLines, writeLines } from './linesShape.ts';

describe('the shapes of customer lines the forms edit', () => {
  it('reads a text, a list and the variants', () => {
    expect(readLines('Ciao')).toEqual({ kind: 'single', lines: ['Ciao'] });
    expect(readLines(undefined)).toEqual({ kind: 'single', lines: [''] });
    expect(readLines(['a', 'b'])).toEqual({ kind: 'list', lines: ['a', 'b'] });
    expect(readLines({ cycle: ['a', 'b'] })).toEqual({ kind: 'cycle', lines: ['a', 'b'] });
  });

  it('leaves to the text tab what it cannot edit faithfully', () => {
    expect(readLines([{ text: 'Anche a me!', by: 'Marco B.' }])).toEqual({ kind: 'other' });
    expect(readLines({ cycle: ['a'], shuffle: ['b'] })).toEqual({ kind: 'other' });
    expect(readLines({ once: [{ text: 'x', by: 'y' }] })).toEqual({ kind: 'other' });
    expect(readLines(42)).toEqual({ kind: 'other' });
  });

  it('writes each kind, dropping empty lines', () => {
    expect(writeLines('single', ['Ciao', 'other'])).toBe('Ciao');
    expect(writeLines('list', ['a', ' ', 'b'])).toEqual(['a', 'b']);
    expect(writeLines('shuffle', ['a', 'b'])).toEqual({ shuffle: ['a', 'b'] });
    expect(writeLines('cycle', [''])).toBeUndefined();
    expect(linePath('sequence', 2)).toEqual(['sequence', 2]);
    expect(linePath('single', 0)).toEqual([]);
  });
});
