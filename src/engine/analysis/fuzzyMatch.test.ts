import { describe, expect, it } from 'vitest';
import { FuzzyIndex, allowedDistance, damerauLevenshtein, stem } from './fuzzyMatch.ts';

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

describe('stem', () => {
  it('drops one final vowel of a long word', () => {
    expect(stem('rinnovata', 'aeiou')).toBe(stem('rinnovato', 'aeiou'));
    expect(stem('ciao', 'aeiou')).toBe('ciao');
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

  it("with a language's knowledge, matches every form of an entry written in its base form, and takes no known word for a typo", () => {
    const lemmas: Record<string, string[]> = {
      pagare: ['pagare'],
      pagato: ['pagare'],
      pagherà: ['pagare'],
      rimborseremo: ['rimborsare'],
      rimborso: ['rimborso', 'rimborsare'],
      verificato: ['verificare'],
      verificare: ['verificare'],
    };
    const index = new FuzzyIndex('aeiou', true, new Set(), () => ({ lemmas: (word) => lemmas[word] ?? [] }), true);
    const pay = index.add('pagare');
    const promise = index.add('rimborseremo');
    const check = index.add('verificare');
    expect(index.lookup('pagherà')).toEqual([pay]);
    expect(index.lookup('pagato')).toEqual([pay]);
    // An entry written inflected means that person and tense: the noun is no promise.
    expect(index.lookup('rimborso')).not.toContain(promise);
    expect(index.lookup('verificato')).toEqual([check]);
    // A word the language does not know is still read as a typo of an entry (one edit here).
    expect(index.lookup('verificarr')).toEqual([check]);
  });
});
