import type { Morphology } from '../../src/engine/morphology/morphology.ts';
import type { MorphItPackages } from './morphItPackages.ts';

export interface Coverage {
  /** (form, lemma) pairs the packages list, every slot included, infinitives and gerunds with pronouns too. */
  pairs: number;
  /** Of them, those whose lemma is among lemmas(form). */
  covered: number;
  /** The same for the pairs of plain words the lexicon keeps (no hyphen, period, capital or apostrophe). */
  wordPairs: number;
  wordsCovered: number;
  /** Distinct forms, and the mean number of lemmas lemmas() gives one. */
  forms: number;
  meanLemmas: number;
  /** A few pairs of plain words not covered, to read. */
  misses: string[];
}

/** A plain lower-case word, as the lexicon keeps them (see buildItalianLexicon.ts). */
const PLAIN_WORD = /^[a-zàèéìíîïòóù]+$/;

/** Every (form, lemma) pair of the three morph-it packages, as they list them. */
export function* morphItPairs(packages: MorphItPackages): Generator<[form: string, lemma: string]> {
  const strings = function* (value: unknown): Generator<string> {
    if (typeof value === 'string') yield value;
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) yield* strings(inner);
  };
  for (const [lemma, entry] of Object.entries(packages.verbs)) for (const form of strings(entry)) yield [form, lemma];
  for (const [lemma, entry] of Object.entries(packages.nouns)) for (const form of [lemma, ...strings({ S: entry.S, P: entry.P })]) yield [form, lemma];
  for (const [lemma, entry] of Object.entries(packages.adjectives)) for (const form of [lemma, ...strings(entry)]) yield [form, lemma];
}

/** How much of morph-it the lemmatizer reads back: the share of its pairs whose lemma lemmas() gives. */
export function measureCoverage(morphology: Morphology, packages: MorphItPackages): Coverage {
  let pairs = 0;
  let covered = 0;
  let wordPairs = 0;
  let wordsCovered = 0;
  const misses: string[] = [];
  const forms = new Map<string, number>();
  for (const [form, lemma] of morphItPairs(packages)) {
    pairs++;
    const lemmas = morphology.lemmas(form);
    forms.set(form, lemmas.length);
    const plain = PLAIN_WORD.test(form) && PLAIN_WORD.test(lemma);
    if (plain) wordPairs++;
    if (lemmas.includes(lemma)) {
      covered++;
      if (plain) wordsCovered++;
    } else if (plain && misses.length < 40) misses.push(`${form} → ${lemma} (gave ${lemmas.join(', ') || 'nothing'})`);
  }
  const total = [...forms.values()].reduce((sum, count) => sum + count, 0);
  return { pairs, covered, wordPairs, wordsCovered, forms: forms.size, meanLemmas: total / forms.size, misses };
}
