import { describe, expect, it } from 'vitest';
import { foldWord, lexItems } from './lexItems.ts';

const pieces = (text: string) => lexItems(text).map((item) => [item.kind, text.slice(item.start, item.end), item.key, item.spaced]);

describe('lexItems', () => {
  it('cuts codes, times and amounts into their pieces, with the spaces between', () => {
    expect(pieces('TK-58213 alle 9:00, €412')).toEqual([
      ['word', 'TK', 'tk', false],
      ['symbol', '-', '-', false],
      ['number', '58213', '58213', false],
      ['word', 'alle', 'alle', true],
      ['number', '9', '9', true],
      ['symbol', ':', ':', false],
      ['number', '00', '00', false],
      ['symbol', ',', ',', false],
      ['symbol', '€', '€', true],
      ['number', '412', '412', false],
    ]);
  });

  it('keeps an apostrophe with the word it ends, in one spelling', () => {
    expect(pieces('all’una, l`11')).toEqual([
      ['word', 'all’', "all'", false],
      ['word', 'una', 'una', false],
      ['symbol', ',', ',', false],
      ['word', 'l`', "l'", true],
      ['number', '11', '11', false],
    ]);
  });

  it('folds case and accents for lookups, and leaves long words without a key', () => {
    expect(foldWord('Lunedì')).toBe('lunedi');
    expect(foldWord('VENERDÌ')).toBe('venerdi');
    expect(lexItems('x'.repeat(5000))).toEqual([{ kind: 'word', start: 0, end: 5000, key: '', spaced: false }]);
  });

  it('keeps an emoji whole and a lone surrogate alone, and every offset on the text', () => {
    expect(pieces('😀 \ud800x')).toEqual([
      ['symbol', '😀', '😀', false],
      ['symbol', '\ud800', '\ud800', true],
      ['word', 'x', 'x', false],
    ]);
  });
});
