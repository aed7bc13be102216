import { getLanguageData, type LanguageData } from '../language/languageData.ts';
import type { IntentDefinition, IntentMatcher, Locale, ReplyAnalysis } from './replyAnalysis.ts';
import { tokenize } from './tokenize.ts';
import { canonicalWord } from './canonicalize.ts';
import { FuzzyIndex, wordsMatch } from './fuzzyMatch.ts';

/** Share of an example's content words the reply must contain, and the least number of them. */
const EXAMPLE_COVERAGE = 0.6;
const EXAMPLE_MIN_WORDS = 2;

interface CompiledIntent {
  name: string;
  /** Each keyword as the ids of its content words; all must be present. */
  keywords: number[][];
  examples: number[][];
}

/** Content words of a phrase: canonical forms without stop words (all words if only stop words). */
function contentWords(phrase: string, data: LanguageData, stop: ReadonlySet<string>): string[] {
  const words = tokenize(phrase, data).tokens.map((t) => canonicalWord(t.norm, data));
  const content = words.filter((w) => !stop.has(w));
  return content.length > 0 ? content : words;
}

/** Builds the matcher for a scenario's own intents; compile once per scenario, match per reply. */
export function createIntentMatcher(definitions: Record<string, IntentDefinition>, locale: Locale): IntentMatcher {
  const data = getLanguageData(locale);
  const stop = new Set(data.stopWords);
  const negators = new Set(data.negators);
  const vowels = data.style.vowels;
  const index = new FuzzyIndex(vowels, true);
  const toIds = (phrase: string) => contentWords(phrase, data, stop).map((w) => index.add(w));
  const intents: CompiledIntent[] = Object.entries(definitions).map(([name, def]) => ({
    name,
    keywords: def.keywords.map(toIds).filter((k) => k.length > 0),
    examples: def.examples.map(toIds).filter((e) => e.length > 0),
  }));
  // Inflections and typos of a synonym's own spelling should still reach its canonical word.
  for (const [canonical, variants] of Object.entries(data.synonyms)) {
    const id = index.add(canonical);
    for (const v of variants) index.alias(v, id);
  }
  const mentionCache = new Map<string, string[][]>();

  /** Vocabulary ids present in the reply; `affirmed` leaves out words right after a negation. */
  const presentIds = (analysis: ReplyAnalysis) => {
    const all = new Set<number>();
    const affirmed = new Set<number>();
    const window = data.intentRules.negationWindow;
    analysis.tokens.forEach((token, i) => {
      let negated = false;
      for (let j = Math.max(0, i - window); j < i; j++) if (negators.has(analysis.tokens[j]!)) negated = true;
      for (const id of index.lookup(canonicalWord(token, data))) {
        all.add(id);
        if (!negated) affirmed.add(id);
      }
    });
    return { all, affirmed };
  };

  return {
    match(analysis) {
      const { all, affirmed } = presentIds(analysis);
      return intents
        .filter(
          (intent) =>
            intent.keywords.some((k) => k.every((id) => affirmed.has(id))) ||
            intent.examples.some((e) => {
              let hits = 0;
              for (const id of e) if (all.has(id)) hits++;
              return hits >= Math.min(EXAMPLE_MIN_WORDS, e.length) && hits / e.length >= EXAMPLE_COVERAGE;
            }),
        )
        .map((intent) => intent.name);
    },
    mentions(analysis, keywords) {
      const key = keywords.join('\u0000');
      let compiled = mentionCache.get(key);
      if (!compiled) {
        compiled = keywords.map((k) => contentWords(k, data, stop)).filter((k) => k.length > 0);
        mentionCache.set(key, compiled);
      }
      const reply = analysis.tokens.map((t) => canonicalWord(t, data));
      return compiled.some((words) => words.every((w) => reply.some((r) => wordsMatch(r, w, vowels))));
    },
  };
}
