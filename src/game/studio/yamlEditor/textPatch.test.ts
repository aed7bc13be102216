import { describe, expect, it } from 'vitest';
import { textPatches, type TextPatch } from './textPatch.ts';

/** Applies replacements given in the coordinates of the original text, last first. */
const apply = (text: string, patches: readonly TextPatch[]) =>
  [...patches].sort((a, b) => b.from - a.from).reduce((result, patch) => result.slice(0, patch.from) + patch.insert + result.slice(patch.to), text);

describe('textPatches', () => {
  it('replaces only the characters that changed in a changed line', () => {
    expect(textPatches('mood: -1\ngoto: a\n', 'mood: 2\ngoto: a\n')).toEqual([{ from: 6, to: 8, insert: '2' }]);
  });

  it('keeps the lines between two edits out of the replacements', () => {
    const before = 'id: x\nchannel: live-chat\ndifficulty: 4\n';
    const after = '# from a form\nid: x\nchannel: live-chat\ndifficulty: 5\n';
    expect(textPatches(before, after)).toEqual([
      { from: 0, to: 0, insert: '# from a form\n' },
      { from: 37, to: 38, insert: '5' },
    ]);
  });

  it('adds and removes whole lines', () => {
    expect(textPatches('a\nb\n', 'a\nnew\nb\n')).toEqual([{ from: 2, to: 2, insert: 'new\n' }]);
    expect(textPatches('a\nold\nb\n', 'a\nb\n')).toEqual([{ from: 2, to: 6, insert: '' }]);
  });

  it('gives nothing for the same text', () => {
    expect(textPatches('same', 'same')).toEqual([]);
  });

  it('turns any text into any other: repeated lines, no final newline, emoji', () => {
    const pairs: [string, string][] = [
      ['aaaa', 'aa'],
      ['', 'x: 1'],
      ['x: 1', ''],
      ['say: 😀', 'say: 😃'],
      ['😀😀', '😀'],
      ['a\na\na\n', 'a\nb\na\n'],
      ['x\ny\nz', 'z\ny\nx'],
      ['- a\n- b\n- c\n', '- c\n- a\n'],
    ];
    for (const [before, after] of pairs) expect(apply(before, textPatches(before, after)), `${before} → ${after}`).toBe(after);
  });

  it('keeps emoji whole in what it replaces', () => {
    expect(textPatches('say: 😀', 'say: 😃')[0]!.insert).toBe('😃');
  });

  it('replaces a wholly different long text in one block', () => {
    const before = Array.from({ length: 1500 }, (_, index) => `old-${index}`).join('\n');
    const after = Array.from({ length: 1500 }, (_, index) => `new-${index}`).join('\n');
    const patches = textPatches(before, after);
    expect(patches).toHaveLength(1);
    expect(apply(before, patches)).toBe(after);
  });
});
