import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { normalizeText } from './normalizeText.ts';
import { normalizeWord } from './normalizeWord.ts';
import { tokenize } from './tokenize.ts';

const it_ = getLanguageData('it');
const norm = (s: string) => normalizeText(s, tokenize(s, it_).tokens);

describe('normalizeText', () => {
  it('turns apostrophes typed for accents into accents', () => {
    expect(norm("Puo' ripetere? E' tutto ok, perche' no")).toBe('può ripetere? è tutto ok, perché no');
  });
  it('keeps elisions and words whose apostrophe is right', () => {
    expect(norm('L’ordine è partito un po’ tardi')).toBe("l'ordine è partito un po' tardi");
  });
  it('shortens letter runs and unifies spaces', () => {
    expect(norm('Grazieee   milleee\n\tciaooo')).toBe('grazie mille ciao');
  });
  it('normalises single words', () => {
    expect(normalizeWord("piu'", false, it_)).toBe('più');
    expect(normalizeWord("dell'", true, it_)).toBe("dell'");
  });
});
