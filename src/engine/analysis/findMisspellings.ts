import type { LanguageData } from '../language/languageDataSchema.ts';
import { getLocale } from '../language/locales.ts';
import type { Morphology } from '../morphology/morphology.ts';
import { perLanguage } from '../language/perLanguage.ts';
import { BUILT_IN_INTENTS } from './replyAnalysis.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Misspelling {
  token: Token;
  /** The likeliest correction, with the typed capital kept. */
  suggestion: string;
}

/**
 * Words of a reply checked per reply, at most: every unknown word costs a search for its
 * correction, so hostile text full of fresh words stays linear. No trainee makes more typos
 * than this in one reply; past it, the rest go unchecked.
 */
export const MAX_CHECKED_UNKNOWN_WORDS = 8;

const WORD_OF_LETTERS = /^\p{L}+'?$/u;
/** Shorter words have too many neighbours one edit away to tell a typo from another word. */
const MIN_LENGTH = 3;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The words the language data itself uses, all spelled right: never a typo, whatever the pack knows. */
const knownWordsOf = perLanguage((data: LanguageData): Set<string> => {
  const phrases = [...BUILT_IN_INTENTS.flatMap((intent) => data.intents[intent]), ...Object.entries(data.synonyms).flat(2)];
  const words = phrases.flatMap((phrase) => tokenize(phrase, data).tokens.map((token) => token.norm));
  return new Set([...getLocale(data.locale).knownWords(), ...data.stopWords, ...data.numberWords, ...data.names.common, ...data.style.shorthandAllow, ...data.style.kForCh.allow, ...words]);
});

/**
 * Words the language pack does not know and that are one edit from one it does (uficio →
 * ufficio, piu → più). Checked only where a misspelling is the likely reading: words of letters
 * in lower case or capitalised at a sentence start, not a name capitalised mid-sentence
 * (Rossi), a code or acronym (RC-20931, IBAN), a word in mixed case (FibraNet, aiutarLa), a word
 * of foreign shape (tracking, Jack), nor a word of the language data or of the caller's
 * vocabulary (the scenario's company, products, names). A word with no correction in reach is
 * left alone: rarer words the pack lacks are far likelier than a typo nothing resembles.
 */
export function findMisspellings(tokens: readonly Token[], data: LanguageData, morphology: Morphology, vocabulary: ReadonlySet<string>, skip: (token: Token) => boolean): Misspelling[] {
  const known = knownWordsOf(data);
  const found: Misspelling[] = [];
  let checked = 0;
  for (const token of tokens) {
    if (checked >= MAX_CHECKED_UNKNOWN_WORDS) break;
    const word = token.norm;
    if (word.length < MIN_LENGTH || !WORD_OF_LETTERS.test(token.raw) || !LOWER.test(token.raw) || skip(token)) continue;
    const capitalised = UPPER.test(token.raw.charAt(0));
    if ((capitalised && !token.capitalExpected) || UPPER.test(token.raw.slice(1))) continue;
    if (known.has(word) || vocabulary.has(word) || morphology.looksForeign(word) || morphology.isWord(word)) continue;
    checked++;
    // A capital at a sentence start may also be a name (Siri, Guccio): only the likeliest slips count there.
    const [best] = morphology.suggest(word, { limit: 1, slipsOnly: capitalised });
    if (best !== undefined) found.push({ token, suggestion: capitalised ? best.charAt(0).toUpperCase() + best.slice(1) : best });
  }
  return found;
}
