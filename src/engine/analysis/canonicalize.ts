import type { LanguageData } from '../language/languageData.ts';

const cache = new WeakMap<LanguageData, Map<string, string>>();

/**
 * The form a word takes for matching: a known misspelling corrected (perchè → perché),
 * then a synonym or inflected variant replaced by its canonical word (assisterla → aiutare).
 */
export function canonicalWord(word: string, data: LanguageData): string {
  let map = cache.get(data);
  if (!map) {
    map = new Map();
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
    cache.set(data, map);
  }
  return map.get(word) ?? word;
}
