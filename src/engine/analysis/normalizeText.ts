import type { LanguageData } from '../language/languageData.ts';
import type { Token } from './tokenize.ts';

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

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /\s+/g;
const APOSTROPHES = /['’‘`´]/g;

/** The reply's text with every word normalised and spaces unified, punctuation kept. */
export function normalizeText(text: string, tokens: readonly Token[]): string {
  let out = '';
  let prev = 0;
  for (const t of tokens) {
    out += text.slice(prev, t.start).toLowerCase().replace(APOSTROPHES, "'") + t.norm;
    prev = t.end;
  }
  out += text.slice(prev).toLowerCase();
  return out.replace(CONTROL, ' ').replace(SPACES, ' ').trim();
}
