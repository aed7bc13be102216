import { getLanguageData } from '../language/locales.ts';
import type { LanguageData } from '../language/languageDataSchema.ts';
import type { IntentDefinition, IntentMatcher, Locale, ReplyAnalysis, ScenarioCue, ScenarioIntentCues } from './replyAnalysis.ts';
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
  phrase: string;
  words: PhraseWord[];
  ordered: boolean;
}

/** An example as its content words, enough of which one sentence must hold; a question matches only a sentence that asks. */
interface CompiledExample {
  phrase: string;
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
    return { phrase, words: ids(ordered ? all : content), ordered };
  };
  const toExample = (phrase: string): CompiledExample => ({ phrase, words: ids(contentWords(phrase, data, stop)), asks: /\?\s*$/.test(phrase) });
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
   * The purpose of an announced hold is left out.
   */
  const readSentences = (analysis: ReplyAnalysis) => {
    const flags = analysis.tokenNegated;
    const asking = new Set(analysis.questionSentences);
    const requesting = new Set(analysis.requestSentences);
    const sentences = new Map<
      number,
      { number: number; tokens: { at: number; ids: readonly number[]; negated: boolean }[]; affirmed: Set<number>; negated: Set<number>; asks: boolean; requests: boolean }
    >();
    analysis.tokens.forEach((token, i) => {
      const number = analysis.tokenSentences[i] ?? 0;
      let sentence = sentences.get(number);
      if (!sentence) sentences.set(number, (sentence = { number, tokens: [], affirmed: new Set(), negated: new Set(), asks: asking.has(number), requests: requesting.has(number) }));
      // What the agent will do during a hold is not said yet: neither affirmed nor denied.
      if (analysis.tokenPending[i]) return;
      const ids = index.lookup(canonicalWord(token, data));
      sentence.tokens.push({ at: i, ids, negated: flags[i]! });
      for (const id of ids) (flags[i] ? sentence.negated : sentence.affirmed).add(id);
    });
    return [...sentences.values()];
  };
  type Sentence = ReturnType<typeof readSentences>[number];
  const maxGap = data.intentRules.maxGap;

  /**
   * The keyword's words in order, at most maxGap other words apart: 'stata in casa', not 'da casa'.
   * Returns the sentence's places of the words, the first such run, or undefined.
   */
  const inOrder = (sentence: Sentence, words: readonly PhraseWord[]): number[] | undefined => {
    const fits = (at: number, w: PhraseWord) => sentence.tokens[at]!.negated === w.negated && sentence.tokens[at]!.ids.includes(w.id);
    const from = (at: number, k: number): number[] | undefined => {
      if (k === words.length) return [];
      for (let next = at + 1; next < sentence.tokens.length && next <= at + 1 + maxGap; next++) {
        const rest = fits(next, words[k]!) ? from(next, k + 1) : undefined;
        if (rest) return [next, ...rest];
      }
      return undefined;
    };
    for (let start = 0; start < sentence.tokens.length; start++) {
      const rest = fits(start, words[0]!) ? from(start, 1) : undefined;
      if (rest) return [start, ...rest];
    }
    return undefined;
  };

  const keywordIn = (sentence: Sentence, keyword: CompiledKeyword) => {
    // A keyword's word must be negated in the reply exactly when the keyword negates it.
    if (keyword.ordered) return inOrder(sentence, keyword.words) !== undefined;
    return keyword.words.every((w) => (w.negated ? sentence.negated : sentence.affirmed).has(w.id));
  };

  const exampleIn = (sentence: Sentence, example: CompiledExample) => {
    if (example.asks && !sentence.asks) return false;
    let hits = 0;
    for (const w of example.words) if ((w.negated ? sentence.negated : sentence.affirmed).has(w.id)) hits++;
    return hits >= Math.min(EXAMPLE_MIN_WORDS, example.words.length) && hits / example.words.length >= EXAMPLE_COVERAGE;
  };

  /** The entities of the sentence that express the intent. */
  const statedBy = (analysis: ReplyAnalysis, sentence: Sentence, intent: CompiledIntent) =>
    intent.entities.length === 0
      ? []
      : analysis.entities.filter(
          (entity) => entity.sentence === sentence.number && intent.entities.some((cue) => cue.type === entity.type && (cue.value === undefined || cue.value === String(entity.value))),
        );

  /** Reply tokens (indexes into analysis.tokens) holding any of the words, each with the polarity asked or the opposite one. */
  const tokensOf = (sentence: Sentence, words: readonly PhraseWord[], polarity: 'same' | 'opposite') =>
    sentence.tokens.filter((token) => words.some((w) => token.ids.includes(w.id) && (token.negated === w.negated) === (polarity === 'same'))).map((token) => token.at);

  /** Where a keyword is met: its words' tokens. Decided by keywordIn, the very test `match` makes. */
  const keywordTokens = (sentence: Sentence, keyword: CompiledKeyword): number[] => {
    if (keyword.ordered) return inOrder(sentence, keyword.words)!.map((place) => sentence.tokens[place]!.at);
    return keyword.words.map((w) => sentence.tokens.find((token) => token.negated === w.negated && token.ids.includes(w.id))!.at);
  };

  /**
   * A cue the reply has every word of, but with a negation where the cue has none (or none where it
   * has one): 'non è previsto alcun rimborso' is no refund. Only keywords and examples can be.
   */
  const flipped = (sentence: Sentence, words: readonly PhraseWord[], enough: number): number[] | undefined => {
    const present = words.filter((w) => sentence.affirmed.has(w.id) || sentence.negated.has(w.id)).length;
    const opposite = tokensOf(sentence, words, 'opposite');
    return present >= enough && opposite.length > 0 ? opposite : undefined;
  };

  const exampleNeeds = (example: CompiledExample) => Math.max(Math.min(EXAMPLE_MIN_WORDS, example.words.length), Math.ceil(EXAMPLE_COVERAGE * example.words.length));

  return {
    match(analysis) {
      const sentences = readSentences(analysis);
      return intents
        .filter((intent) =>
          sentences.some(
            (sentence) =>
              (!intent.requestOnly || sentence.requests) &&
              (intent.keywords.some((k) => keywordIn(sentence, k)) || intent.examples.some((e) => exampleIn(sentence, e)) || statedBy(analysis, sentence, intent).length > 0),
          ),
        )
        .map((intent) => intent.name);
    },
    explain(analysis) {
      const sentences = readSentences(analysis);
      const matched: ScenarioIntentCues['matched'] = [];
      const negated: ScenarioIntentCues['negated'] = [];
      for (const intent of intents) {
        const cues: ScenarioCue[] = [];
        const cancelled: ScenarioCue[] = [];
        for (const sentence of sentences) {
          if (intent.requestOnly && !sentence.requests) continue;
          for (const keyword of intent.keywords) {
            if (keywordIn(sentence, keyword)) cues.push({ kind: 'keyword', phrase: keyword.phrase, tokens: keywordTokens(sentence, keyword) });
            else if (!keyword.ordered) {
              const at = flipped(sentence, keyword.words, keyword.words.length);
              if (at) cancelled.push({ kind: 'keyword', phrase: keyword.phrase, tokens: at });
            }
          }
          for (const example of intent.examples) {
            if (exampleIn(sentence, example)) cues.push({ kind: 'example', phrase: example.phrase, tokens: tokensOf(sentence, example.words, 'same') });
            else if (!example.asks || sentence.asks) {
              const at = flipped(sentence, example.words, exampleNeeds(example));
              if (at) cancelled.push({ kind: 'example', phrase: example.phrase, tokens: at });
            }
          }
          for (const entity of statedBy(analysis, sentence, intent)) cues.push({ kind: 'entity', phrase: entity.type, tokens: [], entity });
        }
        if (cues.length > 0) matched.push({ intent: intent.name, cues });
        else for (const cue of cancelled) negated.push({ intent: intent.name, cue });
      }
      return { matched, negated };
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
