import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff.ts';

const show = (before: string[], after: string[]) => lineDiff(before, after).map((line) => `${line.kind === 'same' ? ' ' : line.kind === 'removed' ? '-' : '+'}${line.text}`);

describe('lineDiff', () => {
  it('keeps equal lists as they are', () => {
    expect(show(['a', 'b'], ['a', 'b'])).toEqual([' a', ' b']);
  });

  it('shows a changed line as removed then added, the rest kept', () => {
    expect(show(['Buongiorno', 'Vorrei rinnovare', 'Grazie'], ['Buongiorno', 'Vorrei disdire', 'Grazie'])).toEqual([' Buongiorno', '-Vorrei rinnovare', '+Vorrei disdire', ' Grazie']);
  });

  it('shows lines added at the end and removed in the middle', () => {
    expect(show(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([' a', '-b', ' c', '+d']);
  });

  it('handles empty lists on either side', () => {
    expect(show([], ['x'])).toEqual(['+x']);
    expect(show(['x'], [])).toEqual(['-x']);
    expect(show([], [])).toEqual([]);
  });

  it('gives up the alignment, not the answer, on huge lists', () => {
    const many = Array.from({ length: 600 }, (_, index) => `riga ${index}`);
    const diff = lineDiff(many, [...many, 'nuova']);
    expect(diff.filter((line) => line.kind === 'added')).toHaveLength(601);
    expect(diff.filter((line) => line.kind === 'removed')).toHaveLength(600);
  });
});
