import { getLanguageData } from '../language/locales.ts';
import type { LanguageData } from '../language/languageDataSchema.ts';
import type { IntentDefinition, IntentMatcher, Locale, ReplyAnalysis } from './replyAnalysis.ts';
import { tokenize } from './tokenize.ts';
import { canonicalWord } from './canonicalize.ts';
import { FuzzyIndex, wordsMatch } from './fuzzyMatch.ts';

/** Share of an example's content words the reply must contain, and the least number of them. */
const EXAMPLE_COVERAGE = 0.6;
const EXAMPLE_MIN_WORDS = 2;

/** A word of a keyword or example, and whether the phrase itself negates it ('non era in casa': era, casa). */
interface PhraseWord {
  id: number;
  negated: boolean;
}

interface CompiledIntent {
  name: string;
  /** Each keyword as its content words; all must be present, negated exactly where the keyword negates them. */
  keywords: PhraseWord[][];
  /** Each example as its content words; enough of them must be present, negated where the example negates them. */
  examples: PhraseWord[][];
}

interface Word {
  word: string;
  negated: boolean;
}

/** True for each word that a negator at most `window` words before it negates. */
function negatedFlags(words: readonly string[], negators: ReadonlySet<string>, window: number): boolean[] {
  return words.map((_, i) => {
    for (let j = Math.max(0, i - window); j < i; j++) if (negators.has(words[j]!)) return true;
    return false;
  });
}

/** Content words of a phrase: canonical forms without stop words (all words if only stop words). */
function contentWords(phrase: string, data: LanguageData, stop: ReadonlySet<string>, negators: ReadonlySet<string>): Word[] {
  const norms = tokenize(phrase, data).tokens.map((t) => t.norm);
  const flags = negatedFlags(norms, negators, data.intentRules.negationWindow);
  const words = norms.map((n, i) => ({ word: canonicalWord(n, data), negated: flags[i]! }));
  const content = words.filter((w) => !stop.has(w.word));
  return content.length > 0 ? content : words;
}

/** Builds the matcher for a scenario's own intents; compile once per scenario, match per reply. */
export function createIntentMatcher(definitions: Record<string, IntentDefinition>, locale: Locale): IntentMatcher {
  const data = getLanguageData(locale);
  const stop = new Set(data.stopWords);
  const negators = new Set(data.negators);
  const vowels = data.style.vowels;
  const index = new FuzzyIndex(vowels, true);
  const toWords = (phrase: string) => contentWords(phrase, data, stop, negators).map((w) => ({ id: index.add(w.word), negated: w.negated }));
  const intents: CompiledIntent[] = Object.entries(definitions).map(([name, def]) => ({
    name,
    keywords: def.keywords.map(toWords).filter((k) => k.length > 0),
    examples: def.examples.map(toWords).filter((e) => e.length > 0),
  }));
  // Inflections and typos of a synonym's own spelling should still reach its canonical word.
  for (const [canonical, variants] of Object.entries(data.synonyms)) {
    const id = index.add(canonical);
    for (const v of variants) index.alias(v, id);
  }
  const mentionCache = new Map<string, string[][]>();

  /** Vocabulary ids present in the reply, split by whether a negation right before them negates them. */
  const presentIds = (analysis: ReplyAnalysis) => {
    const affirmed = new Set<number>();
    const negated = new Set<number>();
    const flags = negatedFlags(analysis.tokens, negators, data.intentRules.negationWindow);
    analysis.tokens.forEach((token, i) => {
      for (const id of index.lookup(canonicalWord(token, data))) {
        (flags[i] ? negated : affirmed).add(id);
      }
    });
    return { affirmed, negated };
  };

  return {
    match(analysis) {
      const { affirmed, negated } = presentIds(analysis);
      const present = (w: PhraseWord) => (w.negated ? negated : affirmed).has(w.id);
      return intents
        .filter(
          (intent) =>
            // A keyword's word must be negated in the reply exactly when the keyword negates it.
            intent.keywords.some((k) => k.every(present)) ||
            intent.examples.some((e) => {
              let hits = 0;
              for (const w of e) if (present(w)) hits++;
              return hits >= Math.min(EXAMPLE_MIN_WORDS, e.length) && hits / e.length >= EXAMPLE_COVERAGE;
            }),
        )
        .map((intent) => intent.name);
    },
    mentions(analysis, keywords) {
      const key = keywords.join('\u0000');
      let compiled = mentionCache.get(key);
      if (!compiled) {
        compiled = keywords.map((k) => contentWords(k, data, stop, negators).map((w) => w.word)).filter((k) => k.length > 0);
        mentionCache.set(key, compiled);
      }
      const reply = analysis.tokens.map((t) => canonicalWord(t, data));
      return compiled.some((words) => words.every((w) => reply.some((r) => wordsMatch(r, w, vowels))));
    },
  };
}
