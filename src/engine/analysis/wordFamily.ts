import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';
import { morphologyOf } from '../language/prepareLocale.ts';
import { canonicalWord } from './canonicalize.ts';
import { stem } from './fuzzyMatch.ts';

/**
 * The families a word belongs to for reading what a sentence is about: the root of each of its
 * lemmas, with its derivational ending dropped, so that 'documentazione' and 'documenti', 'arriverà'
 * and 'arrivo', 'pagamento' and 'pagato' are one family each. A word the language does not know (or
 * a language without a pack) falls back to its canonical form's stem. A light lemma (essere, fare,
 * potere…) has no family: it says nothing of the topic.
 */
export function wordFamilies(word: string, data: LanguageData): readonly string[] {
  const canonical = canonicalWord(word, data);
  const lemmas = morphologyOf(data.locale)?.lemmas(canonical) ?? [];
  if (lemmas.length === 0) return [stem(canonical, data.style.vowels)];
  const { light, suffixes, minLength } = topicData(data);
  if (lemmas.some((lemma) => light.has(lemma))) return [];
  return [...new Set(lemmas.map((lemma) => root(lemma, suffixes, minLength)))];
}

function root(lemma: string, suffixes: readonly string[], minLength: number): string {
  for (const suffix of suffixes) if (lemma.endsWith(suffix) && lemma.length - suffix.length >= minLength) return lemma.slice(0, -suffix.length);
  return lemma;
}

const topicData = perLanguage((data) => ({ light: new Set(data.topics.lightLemmas), suffixes: data.topics.familySuffixes, minLength: data.topics.familyMinLength }));
