import { describe, expect, it } from 'vitest';
import { FuzzyIndex, allowedDistance, damerauLevenshtein, stem, wordsMatch } from './fuzzyMatch.ts';

describe('damerauLevenshtein', () => {
  it('counts swaps as one edit', () => {
    expect(damerauLevenshtein('grazie', 'garzie', 2)).toBe(1);
    expect(damerauLevenshtein('buongiorno', 'bungiorno', 2)).toBe(1);
    expect(damerauLevenshtein('ciao', 'addio', 1)).toBe(2);
  });
  it('scales the allowance with length', () => {
    expect([allowedDistance('ciao'), allowedDistance('scusi'), allowedDistance('arrivederci')]).toEqual([0, 1, 2]);
  });
});

describe('stem and wordsMatch', () => {
  it('tolerates inflection and typos', () => {
    expect(stem('rinnovata', 'aeiou')).toBe(stem('rinnovato', 'aeiou'));
    expect(wordsMatch('bonifcio', 'bonifico', 'aeiou')).toBe(true);
    expect(wordsMatch('carte', 'carta', 'aeiou')).toBe(true);
    expect(wordsMatch('ciao', 'cibo', 'aeiou')).toBe(false);
  });
});

describe('FuzzyIndex', () => {
  it('finds typos through deletion neighbourhoods, aliases and not known words', () => {
    const index = new FuzzyIndex('aeiou', false, new Set(['verifica']));
    const id = index.add('arrivederci');
    index.add('verifico');
    index.alias('arrivederla', id);
    expect(index.lookup('arivederci')).toEqual([id]);
    expect(index.lookup('arrivederla')).toEqual([id]);
    expect(index.lookup('arrivedrla')).toEqual([id]);
    expect(index.lookup('verifica')).toEqual([]);
  });
});

describe('FuzzyIndex on hostile words', () => {
  const index = new FuzzyIndex('aeiou', true);
  const buongiorno = index.add('buongiorno');
  const pratica = index.add('pratica');

  it('finds nothing, without building a deletion neighbourhood, for a word longer than any entry can stretch', () => {
    // Before the bound, 800 letters took seconds and 3,000 ran out of memory.
    expect(index.lookup('buongiorno'.repeat(2_000))).toEqual([]);
    expect(index.lookup('buongiornoo')).toEqual([buongiorno]);
  });

  it('matches a token with digits only exactly: a changed digit is another code, not a typo', () => {
    const code = index.add('rc20931');
    expect(index.lookup('rc20931')).toEqual([code]);
    expect(index.lookup('rc20937')).toEqual([]);
    expect(index.lookup('pratcia')).toEqual([pratica]);
  });
});
