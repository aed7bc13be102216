import { describe, expect, it } from 'vitest';
import { textPatch, type TextPatch } from './textPatch.ts';

const apply = (text: string, patch: TextPatch | undefined) => (patch ? text.slice(0, patch.from) + patch.insert + text.slice(patch.to) : text);

describe('textPatch', () => {
  it('replaces only what changed between the common start and end', () => {
    expect(textPatch('mood: -1\ngoto: a\n', 'mood: 2\ngoto: a\n')).toEqual({ from: 6, to: 8, insert: '2' });
    expect(textPatch('a\nb\n', 'a\nnew\nb\n')).toEqual({ from: 2, to: 2, insert: 'new\n' });
    expect(textPatch('a\nold\nb\n', 'a\nb\n')).toEqual({ from: 2, to: 6, insert: '' });
  });

  it('gives nothing for the same text', () => {
    expect(textPatch('same', 'same')).toBeUndefined();
  });

  it('turns any text into any other, repeated runs and emoji included', () => {
    const pairs: [string, string][] = [
      ['aaaa', 'aa'],
      ['', 'x: 1'],
      ['x: 1', ''],
      ['say: 😀', 'say: 😃'],
      ['😀😀', '😀'],
      ['abcabc', 'abc'],
    ];
    for (const [before, after] of pairs) expect(apply(before, textPatch(before, after))).toBe(after);
  });

  it('keeps emoji whole in the part it replaces', () => {
    const patch = textPatch('say: 😀', 'say: 😃')!;
    expect(patch.insert).toBe('😃');
  });
});
