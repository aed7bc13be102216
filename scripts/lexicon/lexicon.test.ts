import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createItalianMorphology } from '../../src/engine/language/it/morphology/italianMorphology.ts';
import { buildItalianLexicon } from './buildItalianLexicon.ts';
import { LEXICON_FILE, serializeLexicon } from './lexiconFile.ts';
import { measureCoverage } from './measureCoverage.ts';
import { morphItVersions, readMorphItPackages, type MorphItPackages } from './morphItPackages.ts';

const packages = readMorphItPackages();

/** Every `step`-th lemma of each package, to measure on a sample in a test's time. */
function sample(all: MorphItPackages, step: number): MorphItPackages {
  const every = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter((_, index) => index % step === 0));
  return { verbs: every(all.verbs), nouns: every(all.nouns), adjectives: every(all.adjectives) };
}

describe('the Italian lexicon', () => {
  it('is what npm run lexicon writes from the pinned morph-it packages (run it after changing them or the script)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8')).toBe(serializeLexicon(buildItalianLexicon(packages, morphItVersions())));
  });

  it("gives back morph-it's lemma for its forms, the infinitives and gerunds with pronouns included", () => {
    const coverage = measureCoverage(createItalianMorphology(), sample(packages, 5));
    // Only hyphenated compounds (auto-assegnare), abbreviations and a few slips of the source are left out.
    expect(coverage.covered / coverage.pairs).toBeGreaterThan(0.99);
    expect(coverage.wordsCovered / coverage.wordPairs).toBeGreaterThan(0.9999);
    expect(coverage.meanLemmas).toBeLessThan(1.2);
  });
});
