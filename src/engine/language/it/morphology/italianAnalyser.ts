import { LEMMA_SLOT, ParadigmIndex } from '../../../morphology/paradigmIndex.ts';
import type { ItalianLexicon } from './italianLexicon.ts';

/** closedClasses.json: per class, lemma → its forms, space-separated. */
export type ClosedClasses = Record<string, Record<string, string> | string>;

/** rules.json, the parts the analyser reads. */
export interface ItalianRules {
  enclitics: string[];
  encliticHostSlots: string[];
  gerundEnding: string;
  infinitiveTails: string[];
  doublingImperatives: Record<string, string>;
  undoubledEncliticStart: string;
  encliticWords: string[];
  adverbSuffix: string;
  adverbBaseSlots: string[];
  adverbTruncatedAfter: string;
  adverbHandBaseEnding: string;
  superlativeSuffixes: string[];
  superlativeTails: string[];
  hardenedStems: Record<string, string>;
}

const VERB = 'verb';
const ADJECTIVE = 'adjective';
/** The hand-written classes whose lemmas take -issimo: bellissimo, moltissimo, benissimo. */
const HAND_QUANTITIES = [ADJECTIVE, 'determiner', 'adverb'];
/** The shortest stem a rule may leave: 'so' + 'le' is not a verb with a pronoun. */
const MIN_BASE = 2;

/**
 * Italian lemmas of one lower-cased word: the morph-it tables (every tense and person, nouns and
 * adjectives by gender and number), the hand-written closed classes, and the rules that make
 * words the tables do not list: pronouns attached to an infinitive, gerund or imperative
 * (aiutarla, dandole, comunicarglielo, dimmi), adverbs in -mente and superlatives in -issimo.
 */
export class ItalianAnalyser {
  private readonly index: ParadigmIndex;
  /** Closed-class form → its lemmas, and the same by class for the rules that need one. */
  private readonly handLemmas = new Map<string, string[]>();
  private readonly handByClass = new Map<string, Map<string, string[]>>();
  private readonly hostSlots: Set<string>;
  private readonly adverbSlots: Set<string>;
  /** The slot of a past participle read as an adjective's lemma (rinnovato). */
  private readonly participle: string | undefined;
  private readonly enclitics: string[];

  constructor(
    lexicon: ItalianLexicon,
    closedClasses: ClosedClasses,
    private readonly rules: ItalianRules,
  ) {
    this.index = new ParadigmIndex({ verb: lexicon.verb, noun: lexicon.noun, adjective: lexicon.adjective });
    for (const [category, entries] of Object.entries(closedClasses)) {
      if (typeof entries === 'string') continue;
      const byForm = new Map<string, string[]>();
      this.handByClass.set(category, byForm);
      for (const [lemma, forms] of Object.entries(entries)) {
        for (const form of new Set([lemma, ...forms.split(' ')])) {
          for (const map of [byForm, this.handLemmas]) {
            const lemmas = map.get(form) ?? [];
            if (!lemmas.includes(lemma)) lemmas.push(lemma);
            map.set(form, lemmas);
          }
        }
      }
    }
    this.hostSlots = new Set(rules.encliticHostSlots);
    this.adverbSlots = new Set(rules.adverbBaseSlots);
    this.participle = lexicon.verb.secondary?.lemmaSlot;
    // Longest first, so that 'glielo' is tried before 'lo'; every one that fits is tried.
    this.enclitics = [...rules.enclitics].sort((a, b) => b.length - a.length);
  }

  lemmas(word: string): string[] {
    const found: string[] = [];
    const add = (lemma: string) => {
      if (!found.includes(lemma)) found.push(lemma);
    };
    for (const lemma of this.handLemmas.get(word) ?? []) add(lemma);
    for (const analysis of this.index.analyse(word)) add(analysis.lemma);
    for (const lemma of this.truncatedInfinitive(word)) add(lemma);
    for (const lemma of this.withEnclitic(word)) add(lemma);
    if (this.isAdverbInMente(word)) add(word);
    for (const lemma of this.superlativeOf(word)) add(lemma);
    return found;
  }

  /** An infinitive without its last vowel, before another word: far sapere, poter fare, por fine. */
  private truncatedInfinitive(word: string): string[] {
    if (!word.endsWith('r')) return [];
    return this.rules.infinitiveTails.map((tail) => word + tail).filter((lemma) => this.isVerbLemma(lemma));
  }

  /** Verb lemmas of an infinitive, gerund or imperative with pronouns attached. */
  private withEnclitic(word: string): string[] {
    const found: string[] = [];
    for (const clitic of this.enclitics) {
      if (!word.endsWith(clitic) || word.length - clitic.length < MIN_BASE) continue;
      const base = word.slice(0, word.length - clitic.length);
      if (this.rules.encliticWords.includes(base)) found.push(base);
      // aiutar-la, por-lo, accorger-mi: the infinitive without its last vowel.
      found.push(...this.truncatedInfinitive(base));
      // manda-mi, dando-le, facciamo-lo.
      found.push(...this.hostLemmas(base));
      // di' + mi = dimmi, fa' + lo = fallo; 'gli' does not double (digli).
      const doubled = !clitic.startsWith(this.rules.undoubledEncliticStart);
      const short = doubled ? (base.endsWith(clitic.charAt(0)) ? base.slice(0, -1) : '') : base;
      const imperative = this.rules.doublingImperatives[short];
      if (imperative !== undefined) found.push(imperative);
    }
    return found;
  }

  /** rapidamente (rapida), gentilmente (gentile), decisamente (decisa, a participle). */
  private isAdverbInMente(word: string): boolean {
    const suffix = this.rules.adverbSuffix;
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_BASE + 1) return false;
    const base = word.slice(0, word.length - suffix.length);
    if (this.index.analyse(base).some((analysis) => this.adverbSlots.has(analysis.slot))) return true;
    // A hand-written adjective's feminine: bella → bellamente.
    if (this.handForms(ADJECTIVE, base).length > 0 && base.endsWith(this.rules.adverbHandBaseEnding)) return true;
    // facile → facilmente, regolare → regolarmente: -le and -re drop their e.
    return this.rules.adverbTruncatedAfter.includes(base.charAt(base.length - 1)) && this.isAdjectiveLemma(`${base}e`);
  }

  /** gentilissima → gentile, ricchissimi → ricco (ch stands for c before i), pochissimo → poco. */
  private superlativeOf(word: string): string[] {
    const suffix = this.rules.superlativeSuffixes.find((s) => word.endsWith(s));
    if (suffix === undefined || word.length - suffix.length < MIN_BASE) return [];
    const base = word.slice(0, word.length - suffix.length);
    const lemmas = this.rules.superlativeTails.map((tail) => base + tail);
    for (const [hard, tail] of Object.entries(this.rules.hardenedStems)) if (base.endsWith(hard)) lemmas.push(base.slice(0, -hard.length) + tail);
    return lemmas.filter((lemma) => this.isAdjectiveLemma(lemma));
  }

  /** The verbs of which `form` is a gerund or an imperative, the forms that carry pronouns. */
  private hostLemmas(form: string): string[] {
    const fromTables = this.index
      .analyse(form)
      .filter(({ category, slot }) => category === VERB && this.hostSlots.has(slot))
      .map(({ lemma }) => lemma);
    // The hand-written auxiliaries have no slots: their gerunds (avendo, essendo) are told by the ending.
    return form.endsWith(this.rules.gerundEnding) ? [...fromTables, ...this.handForms(VERB, form)] : fromTables;
  }

  private isVerbLemma(lemma: string): boolean {
    return this.index.hasLemma(VERB, lemma) || this.handForms(VERB, lemma).includes(lemma);
  }

  /** An adjective's lemma, a past participle read as one, or a hand-written adjective or quantity (molto, bene). */
  private isAdjectiveLemma(lemma: string): boolean {
    const readings = this.index.analyse(lemma);
    if (readings.some(({ category, slot }) => (category === ADJECTIVE && slot === LEMMA_SLOT) || (category === VERB && slot === this.participle))) return true;
    return HAND_QUANTITIES.some((category) => this.handForms(category, lemma).includes(lemma));
  }

  private handForms(category: string, form: string): string[] {
    return this.handByClass.get(category)?.get(form) ?? [];
  }
}
