/**
 * How a language pack stores the inflection of one part of speech: lemmas grouped by paradigm,
 * the set of words that inflect alike. Every form of a lemma is the lemma with a tail changed by
 * its paradigm's rule for that slot, so a form is analysed by trying rules on its end, never by
 * listing forms. Written by scripts/makeLexicon.ts, read by paradigmIndex.ts.
 */
export interface ParadigmTable {
  /** The inflected forms each paradigm gives besides the lemma itself, in the order of its rules. */
  slots: string[];
  paradigms: Paradigm[];
  /**
   * Forms that are also inflections of a lemma of their own: past participles, which are
   * adjectives too (rinnovata is rinnovare's and rinnovato's).
   */
  secondary?: { lemmaSlot: string; slots: string[] };
}

export interface Paradigm {
  /**
   * Per slot, space-separated, `drop>add`: the form is the lemma without its tail `drop`, then
   * `add` (arrivare, 'are>erò': arriverò); `-` where the source lists no such form.
   */
  rules: string;
  /**
   * The lemmas, sorted and front-coded (frontCoding.ts), each without the longest tail the rules
   * drop (which every lemma of the paradigm ends with): 'arriv' for arrivare.
   */
  stems: string;
}

export const MISSING_FORM = '-';
