import { describe, expect, it } from 'vitest';
import { getLocale } from '../../language/locales.ts';
import { entityTables } from './entityTables.ts';
import { splitNumberWord, valueOf } from './numberWords.ts';

const valueIn = (locale: 'it' | 'en', word: string) => {
  const pieces = splitNumberWord(word, entityTables(getLocale(locale).entities).numbers);
  return pieces && valueOf(pieces);
};

describe('number words', () => {
  it.each([
    ['uno', 1],
    ['dodici', 12],
    ['ventiquattro', 24],
    ['ventuno', 21],
    ['trentotto', 38],
    ['quarantotto', 48],
    ['novantanove', 99],
    ['cento', 100],
    ['centoventi', 120],
    ['seicento', 600],
    ['mille', 1000],
    ['milleduecento', 1200],
    ['duemila', 2000],
    ['duecentomila', 200000],
    ['ventitre', 23],
  ])('Italian %s is %d', (word, value) => {
    expect(valueIn('it', word)).toBe(value);
  });

  it.each(['venerdi', 'trentino', 'settimana', 'ottimo', 'unico', 'seicentesco'])('Italian %s is no number', (word) => {
    expect(valueIn('it', word)).toBeNull();
  });

  it('reads English words, which the reader joins into one number', () => {
    expect(valueIn('en', 'twelve')).toBe(12);
    expect(valueIn('en', 'hundred')).toBe(100);
    for (const word of ['someone', 'often', 'tent', 'attend']) expect(valueIn('en', word), word).toBeNull();
  });
});
