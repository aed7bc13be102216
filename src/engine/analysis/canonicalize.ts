import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';

/**
 * The form a word takes for matching: a known misspelling corrected (perchè → perché),
 * then a synonym or inflected variant replaced by its canonical word (assisterla → aiutare).
 */
export function canonicalWord(word: string, data: LanguageData): string {
  return canonicalForms(data).get(word) ?? word;
}

const canonicalForms = perLanguage((data): Map<string, string> => {
  const map = new Map<string, string>();
  for (const [wrong, right] of Object.entries(data.style.misspellings)) {
    if (!wrong.includes(' ') && !right.includes(' ')) map.set(wrong, right.toLowerCase());
  }
  for (const [canonical, variants] of Object.entries(data.synonyms)) {
    for (const v of variants) map.set(v, canonical);
  }
  for (const [wrong, right] of [...map]) {
    const further = map.get(right);
    if (further !== undefined && further !== right) map.set(wrong, further);
  }
  return map;
});
