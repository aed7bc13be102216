/**
 * The Italian language pack's figures for `npm run bench`: how long its first load takes and what
 * memory it keeps, what a lookup costs, how much of morph-it the lemmatizer reads back, and what
 * the spelling check flags in correctly spelled text.
 */
import { createItalianMorphology } from '../src/engine/language/it/morphology/italianMorphology.ts';
import { prepareLocale } from '../src/engine/language/prepareLocale.ts';
import { measureCoverage, morphItPairs, type Coverage } from '../scripts/lexicon/measureCoverage.ts';
import { readMorphItPackages } from '../scripts/lexicon/morphItPackages.ts';
import { spellingOnCorpus, spellingOnPanel, type SpellingFlags } from './spelling.ts';

export interface LanguagePackFigures {
  loadMs: number;
  /** Heap the loaded pack keeps, in MB (after a collection when the bench runs with --expose-gc). */
  heapMb: number;
  /** Microseconds per lemmas() of a word the pack has not seen, and of one it has. */
  freshLookupUs: number;
  cachedLookupUs: number;
  /** Microseconds per suggest() of a typo the memo has not seen. */
  suggestUs: number;
  coverage: Coverage;
  spelling: { panel: SpellingFlags; formal: SpellingFlags; informal: SpellingFlags };
}

const collect = () => (globalThis as { gc?: () => void }).gc?.();
const TYPOS = ['uficio', 'rimbroso', 'pratcia', 'garanzzia', 'piu', 'gia', 'perche', 'sopratutto', 'purtoppo', 'informazzioni', 'potro', 'ringrazzio'];

/** Must run before anything else loads the Italian pack, so that its first load is what is timed. */
export async function measureLanguagePack(): Promise<LanguagePackFigures> {
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  await prepareLocale('it');
  const loadMs = performance.now() - started;
  collect();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const packages = readMorphItPackages();
  // A pack of its own, so that no word is in its memo yet.
  const fresh = createItalianMorphology();
  const forms = [...new Set([...morphItPairs(packages)].map(([form]) => form))].filter((_, index) => index % 10 === 0);
  let t0 = performance.now();
  for (const form of forms) fresh.lemmas(form);
  const freshLookupUs = ((performance.now() - t0) * 1000) / forms.length;
  const seen = forms.slice(0, 1000);
  t0 = performance.now();
  for (let round = 0; round < 20; round++) for (const form of seen) fresh.lemmas(form);
  const cachedLookupUs = ((performance.now() - t0) * 1000) / (20 * seen.length);
  // Warm code, cold memo: other typos first, so that the timing is the search's, not the compiler's.
  for (const typo of ['tavolio', 'cassaa', 'mandarre', 'documetno']) fresh.suggest(typo, { limit: 1 });
  t0 = performance.now();
  for (const typo of TYPOS) fresh.suggest(typo, { limit: 1 });
  const suggestUs = ((performance.now() - t0) * 1000) / TYPOS.length;

  return {
    loadMs,
    heapMb,
    freshLookupUs,
    cachedLookupUs,
    suggestUs,
    coverage: measureCoverage(createItalianMorphology(), packages),
    spelling: { panel: spellingOnPanel(), formal: spellingOnCorpus('formal.it'), informal: spellingOnCorpus('informal.it') },
  };
}
