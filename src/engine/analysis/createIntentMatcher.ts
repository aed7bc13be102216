import { getLanguageData } from '../language/locales.ts';
import type { LanguageData } from '../language/languageDataSchema.ts';
import type { IntentDefinition, IntentMatcher, Locale, ReplyAnalysis } from './replyAnalysis.ts';
import { tokenize } from './tokenize.ts';
import { negationScope } from './negationScope.ts';
import { canonicalWord } from './canonicalize.ts';
import { FuzzyIndex } from './fuzzyMatch.ts';
import { morphologyOf } from '../language/prepareLocale.ts';

/** Share of an example's content words the reply must contain, and the least number of them. */
const EXAMPLE_COVERAGE = 0.6;
const EXAMPLE_MIN_WORDS = 2;

/** A word of a keyword or example, and whether the phrase itself negates it ('non era in casa': era, casa). */
interface PhraseWord {
  id: number;
  negated: boolean;
}

/**
 * A keyword as the words a sentence must hold, negated exactly where the keyword negates them.
 * When stop words are most of it ('stata in casa'), its words are read in order, close together:
 * its one content word alone ('casa') would match any sentence about home.
 */
interface CompiledKeyword {
  words: PhraseWord[];
  ordered: boolean;
}

/** An example as its content words, enough of which one sentence must hold; a question matches only a sentence that asks. */
interface CompiledExample {
  words: PhraseWord[];
  asks: boolean;
}

interface CompiledIntent {
  name: string;
  keywords: CompiledKeyword[];
  examples: CompiledExample[];
  /** Only in a sentence that asks the customer for something. */
  requestOnly: boolean;
  /** Entities that express it: a type, and a value when one is named. */
  entities: { type: string; value?: string }[];
}

interface Word {
  word: string;
  negated: boolean;
}

/** The words of a phrase, canonical, and its content words: without stop words (all words if only stop words). */
function phraseWords(phrase: string, data: LanguageData, stop: ReadonlySet<string>): { all: Word[]; content: Word[] } {
  const tokens = tokenize(phrase, data).tokens;
  const flags = negationScope(tokens, data);
  const all = tokens.map((t, i) => ({ word: canonicalWord(t.norm, data), negated: flags[i]! }));
  const content = all.filter((w) => !stop.has(w.word));
  return { all, content: content.length > 0 ? content : all };
}

const contentWords = (phrase: string, data: LanguageData, stop: ReadonlySet<string>) => phraseWords(phrase, data, stop).content;

/** Builds the matcher for a scenario's own intents; compile once per scenario, match per reply. */
export function createIntentMatcher(definitions: Record<string, IntentDefinition>, locale: Locale): IntentMatcher {
  const data = getLanguageData(locale);
  const stop = new Set(data.stopWords);
  const vowels = data.style.vowels;
  // A scenario's keywords are written once and match every form of their words: arriverà, arriva, arrivato.
  const index = new FuzzyIndex(vowels, true, new Set(), () => morphologyOf(locale), true);
  const ids = (words: Word[]) => words.map((w) => ({ id: index.add(w.word), negated: w.negated }));
  const toKeyword = (phrase: string): CompiledKeyword => {
    const { all, content } = phraseWords(phrase, data, stop);
    const ordered = all.length >= 2 && content.length < 2;
    return { words: ids(ordered ? all : content), ordered };
  };
  const toExample = (phrase: string): CompiledExample => ({ words: ids(contentWords(phrase, data, stop)), asks: /\?\s*$/.test(phrase) });
  const intents: CompiledIntent[] = Object.entries(definitions).map(([name, def]) => ({
    name,
    keywords: def.keywords.map(toKeyword).filter((k) => k.words.length > 0),
    examples: def.examples.map(toExample).filter((e) => e.words.length > 0),
    requestOnly: def.act === 'request',
    entities: (def.entities ?? []).map((entity) => (typeof entity === 'string' ? { type: entity } : entity)),
  }));
  // Inflections and typos of a synonym's own spelling should still reach its canonical word.
  for (const [canonical, variants] of Object.entries(data.synonyms)) {
    const id = index.add(canonical);
    for (const v of variants) index.alias(v, id);
  }
  const mentionCache = new Map<string, number[][]>();

  /**
   * The reply sentence by sentence: each token's vocabulary ids, split by whether a negation right
   * before it negates it, so that a meaning is read from one sentence, not gathered across the reply.
   */
  const readSentences = (analysis: ReplyAnalysis) => {
    const flags = analysis.tokenNegated;
    const asking = new Set(analysis.questionSentences);
    const requesting = new Set(analysis.requestSentences);
    const sentences = new Map<number, { number: number; tokens: { ids: readonly number[]; negated: boolean }[]; affirmed: Set<number>; negated: Set<number>; asks: boolean; requests: boolean }>();
    analysis.tokens.forEach((token, i) => {
      const number = analysis.tokenSentences[i] ?? 0;
      let sentence = sentences.get(number);
      if (!sentence) sentences.set(number, (sentence = { number, tokens: [], affirmed: new Set(), negated: new Set(), asks: asking.has(number), requests: requesting.has(number) }));
      const ids = index.lookup(canonicalWord(token, data));
      sentence.tokens.push({ ids, negated: flags[i]! });
      for (const id of ids) (flags[i] ? sentence.negated : sentence.affirmed).add(id);
    });
    return [...sentences.values()];
  };
  type Sentence = ReturnType<typeof readSentences>[number];
  const maxGap = data.intentRules.maxGap;

  /** The keyword's words in order, at most maxGap other words apart: 'stata in casa', not 'da casa'. */
  const inOrder = (sentence: Sentence, words: readonly PhraseWord[]) => {
    const fits = (at: number, w: PhraseWord) => sentence.tokens[at]!.negated === w.negated && sentence.tokens[at]!.ids.includes(w.id);
    const from = (at: number, k: number): boolean => {
      if (k === words.length) return true;
      for (let next = at + 1; next < sentence.tokens.length && next <= at + 1 + maxGap; next++) if (fits(next, words[k]!) && from(next, k + 1)) return true;
      return false;
    };
    return sentence.tokens.some((_, start) => fits(start, words[0]!) && from(start, 1));
  };

  const keywordIn = (sentence: Sentence, keyword: CompiledKeyword) => {
    // A keyword's word must be negated in the reply exactly when the keyword negates it.
    if (keyword.ordered) return inOrder(sentence, keyword.words);
    return keyword.words.every((w) => (w.negated ? sentence.negated : sentence.affirmed).has(w.id));
  };

  const exampleIn = (sentence: Sentence, example: CompiledExample) => {
    if (example.asks && !sentence.asks) return false;
    let hits = 0;
    for (const w of example.words) if ((w.negated ? sentence.negated : sentence.affirmed).has(w.id)) hits++;
    return hits >= Math.min(EXAMPLE_MIN_WORDS, example.words.length) && hits / example.words.length >= EXAMPLE_COVERAGE;
  };

  return {
    match(analysis) {
      const sentences = readSentences(analysis);
      const stated = (sentence: Sentence, intent: CompiledIntent) =>
        intent.entities.length > 0 &&
        analysis.entities.some(
          (entity) => entity.sentence === sentence.number && intent.entities.some((cue) => cue.type === entity.type && (cue.value === undefined || cue.value === String(entity.value))),
        );
      return intents
        .filter((intent) =>
          sentences.some(
            (sentence) =>
              (!intent.requestOnly || sentence.requests) && (intent.keywords.some((k) => keywordIn(sentence, k)) || intent.examples.some((e) => exampleIn(sentence, e)) || stated(sentence, intent)),
          ),
        )
        .map((intent) => intent.name);
    },
    mentions(analysis, keywords, sentence) {
      const key = keywords.join('\u0000');
      let compiled = mentionCache.get(key);
      if (!compiled) {
        compiled = keywords.map((k) => contentWords(k, data, stop).map((w) => index.add(w.word))).filter((k) => k.length > 0);
        mentionCache.set(key, compiled);
      }
      // The same reading as the intents: forms of one lemma, stems, and typos of words the language does not know.
      const reply = new Set(analysis.tokens.flatMap((t, i) => (sentence === undefined || analysis.tokenSentences[i] === sentence ? index.lookup(canonicalWord(t, data)) : [])));
      return compiled.some((words) => words.every((id) => reply.has(id)));
    },
  };
}
