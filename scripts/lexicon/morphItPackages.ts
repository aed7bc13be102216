import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The shapes of the three morph-it packages' data files (their own .d.ts, narrowed to what is read). */
type Tense = Record<string, string> | string | null;
export type VerbEntry = Record<string, Record<string, Tense> | null>;
export interface NounEntry {
  G: 'M' | 'F' | null;
  S?: string | null;
  P: string | null;
}
export interface AdjectiveEntry {
  MS?: string | null;
  MP: string | null;
  FS: string | null;
  FP: string | null;
}

export interface MorphItPackages {
  verbs: Record<string, VerbEntry | null>;
  nouns: Record<string, NounEntry>;
  adjectives: Record<string, AdjectiveEntry>;
}

/** The exact-pinned devDependencies the Italian lexicon is generated from. */
export const MORPH_IT_PACKAGES = {
  verbs: 'italian-verbs-dict/dist/verbs.json',
  nouns: 'italian-words-dict/dist/words.json',
  adjectives: 'italian-adjectives-dict/dist/adjectives.json',
} as const;

export function readMorphItPackages(): MorphItPackages {
  const require = createRequire(import.meta.url);
  const read = (file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8'));
  return { verbs: read(MORPH_IT_PACKAGES.verbs), nouns: read(MORPH_IT_PACKAGES.nouns), adjectives: read(MORPH_IT_PACKAGES.adjectives) };
}

/** The version of each package, written into the lexicon so a reader knows what it was made from. */
export function morphItVersions(): string[] {
  const require = createRequire(import.meta.url);
  return ['italian-verbs-dict', 'italian-words-dict', 'italian-adjectives-dict'].map((name) => `${name} ${JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version}`);
}
