import type { LanguageData } from '../language/languageDataSchema.ts';

const LETTER_RUN = /(\p{L})\1{2,}/gu;

/**
 * Normalises one lower-cased word: shortens runs of three or more equal letters (grazieee → grazie)
 * and turns an apostrophe typed for an accent into the accent (puo' → può, perche' → perché).
 * An apostrophe followed by a letter is an elision (l'ordine) and stays.
 */
export function normalizeWord(lower: string, followedByLetter: boolean, data: LanguageData): string {
  const word = lower.replace(LETTER_RUN, '$1');
  if (followedByLetter || !word.endsWith("'") || word.length < 2) return word;
  const n = data.normalization;
  if (n.keepApostrophe.includes(word)) return word;
  const whole = n.accentWords[word];
  if (whole !== undefined) return whole;
  const vowel = n.accentVowels[word.charAt(word.length - 2)];
  return vowel === undefined ? word : word.slice(0, -2) + vowel;
}
