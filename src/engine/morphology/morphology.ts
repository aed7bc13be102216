import type { SuggestOptions } from './suggestCorrections.ts';

/**
 * What a language pack knows of its words. Every method takes one lower-cased word as the
 * tokenizer gives it (elided forms keep their apostrophe: "dell'", "l'") and is synchronous:
 * the pack is loaded once, beforehand (prepareLocale).
 */
export interface Morphology {
  /** The lemmas the form may stand for (arriverà → arrivare; pratiche → pratica, pratico); [] for a word the pack does not know. */
  lemmas(word: string): readonly string[];
  /** Whether the word is a correctly spelled form of the language, including its loanwords. */
  isWord(word: string): boolean;
  /** Likely corrections, best first: words one edit away (uficio → ufficio, piu → più); [] when none is. */
  suggest(word: string, options?: SuggestOptions): readonly string[];
  /**
   * Whether the word is shaped unlike the language's own words, but for a few it knows (letters or
   * endings they do not use: 'tracking', 'Jack'), so likelier a foreign word or a name than a
   * misspelling of its own. Meaningful for a word isWord refuses.
   */
  looksForeign(word: string): boolean;
}
