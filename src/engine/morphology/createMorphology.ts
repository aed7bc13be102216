import { BoundedCache } from './boundedCache.ts';
import type { Morphology } from './morphology.ts';
import { suggestCorrections, type SpellingAlphabet } from './suggestCorrections.ts';

/** What a language brings to make its Morphology: how it finds a word's lemmas, and its letters. */
export interface MorphologySource {
  lemmasOf(word: string): string[];
  alphabet: SpellingAlphabet;
  /** Letters or endings the language never uses (see Morphology.looksForeign). */
  foreignShape: RegExp;
}

/** Longer than any word of a language: hostile text is not analysed letter by letter. */
const MAX_WORD_LENGTH = 40;
/** Past this, a word gets no suggestion: the candidates grow with the length, and so would the time. */
const MAX_SUGGESTED_LENGTH = 25;
const LEMMA_CACHE = 20_000;
const SUGGESTION_CACHE = 1_000;

/** A language's Morphology with memoised lookups: a word is analysed once while it stays in the bounded caches. */
export function createMorphology(source: MorphologySource): Morphology {
  const lemmaCache = new BoundedCache<readonly string[]>(LEMMA_CACHE);
  const suggestionCache = new BoundedCache<readonly string[]>(SUGGESTION_CACHE);
  const lemmas = (word: string): readonly string[] => (word.length > MAX_WORD_LENGTH ? [] : lemmaCache.get(word, (w) => source.lemmasOf(w)));
  // Candidates are checked without the memo: each suggestion tries hundreds, which would push out the words of real replies.
  const isCandidate = (word: string) => source.lemmasOf(word).length > 0;
  return {
    lemmas,
    isWord: (word) => lemmas(word).length > 0,
    suggest: (word, options = {}) =>
      word.length > MAX_SUGGESTED_LENGTH ? [] : suggestionCache.get(`${options.limit ?? ''} ${options.slipsOnly ?? ''} ${word}`, () => suggestCorrections(word, isCandidate, source.alphabet, options)),
    looksForeign: (word) => source.foreignShape.test(word),
  };
}
