import type { LanguageData } from '../language/languageDataSchema.ts';
import { canonicalWord } from './canonicalize.ts';
import { stem } from './fuzzyMatch.ts';

/**
 * The family a word belongs to for reading meaning: its canonical form (a known misspelling fixed,
 * a synonym replaced) reduced to its stem, so that 'documento' and 'documenti', 'rinnovo' and
 * 'rinnova' are one family.
 */
export function wordFamily(word: string, data: LanguageData): string {
  return stem(canonicalWord(word, data), data.style.vowels);
}
