import type { LanguageData } from '../language/languageDataSchema.ts';
import type { ReplyAnalysis } from './replyAnalysis.ts';
import { tokenize } from './tokenize.ts';
import { wordFamilies } from './wordFamily.ts';

/** What some texts are about: the families of their content words, each weighed by how distinctive it is in the scenario. */
export interface Topic {
  texts: readonly string[];
}

/** The least a reply sentence must share with a topic to take it up: two distinctive words' worth. */
const TAKES_UP_WEIGHT = 2;
const TAKES_UP_WORDS = 2;

/**
 * Reads whether a reply takes up a topic (a customer's question, a need) in its own words. Words
 * are weighed by inverse document frequency over the scenario's own texts: a word the whole
 * scenario uses ('rinnovo' in a renewal) says little, a rarer one ('documento') says much. The
 * words are read on first use, once the language pack is loaded (a scenario compiles without it).
 */
export class TopicReader {
  private documentFrequency: Map<string, number> | undefined;
  private readonly weights = new WeakMap<Topic, ReadonlyMap<string, number>>();
  private readonly stop: ReadonlySet<string>;

  constructor(
    private readonly corpus: readonly string[],
    private readonly data: LanguageData,
  ) {
    this.stop = new Set(data.stopWords);
  }

  /** The families of a text's content words. */
  families(text: string): Set<string> {
    const out = new Set<string>();
    for (const token of tokenize(text, this.data).tokens) for (const family of this.tokenFamilies(token.norm)) out.add(family);
    return out;
  }

  private tokenFamilies(word: string): readonly string[] {
    if (this.stop.has(word) || word.length < 3 || /\d/.test(word)) return [];
    return wordFamilies(word, this.data);
  }

  /** How distinctive a family is: rare in the scenario's texts weighs more. */
  weight(family: string): number {
    if (!this.documentFrequency) {
      this.documentFrequency = new Map();
      for (const text of this.corpus) for (const found of this.families(text)) this.documentFrequency.set(found, (this.documentFrequency.get(found) ?? 0) + 1);
    }
    return Math.log((this.corpus.length + 1) / ((this.documentFrequency.get(family) ?? 0) + 1)) + 1;
  }

  topic(texts: readonly string[]): Topic {
    return { texts };
  }

  /** The topic's families and their weights. */
  weightsOf(topic: Topic): ReadonlyMap<string, number> {
    let weights = this.weights.get(topic);
    if (!weights) {
      const built = new Map<string, number>();
      for (const text of topic.texts) for (const family of this.families(text)) built.set(family, this.weight(family));
      this.weights.set(topic, (weights = built));
    }
    return weights;
  }

  /** The shared families of the reply sentence that shares most with the topic, and their weight. */
  overlap(analysis: ReplyAnalysis, topic: Topic): { words: string[]; weight: number } {
    const weights = this.weightsOf(topic);
    const bySentence = new Map<number, Set<string>>();
    analysis.tokens.forEach((token, index) => {
      const family = this.tokenFamilies(token).find((candidate) => weights.has(candidate));
      if (family === undefined) return;
      const sentence = analysis.tokenSentences[index] ?? 0;
      let shared = bySentence.get(sentence);
      if (!shared) bySentence.set(sentence, (shared = new Set()));
      shared.add(family);
    });
    let best = { words: [] as string[], weight: 0 };
    for (const shared of bySentence.values()) {
      const weight = [...shared].reduce((sum, family) => sum + weights.get(family)!, 0);
      if (weight > best.weight) best = { words: [...shared], weight };
    }
    return best;
  }

  takesUp(analysis: ReplyAnalysis, topic: Topic): boolean {
    const { words, weight } = this.overlap(analysis, topic);
    return words.length >= TAKES_UP_WORDS && weight >= TAKES_UP_WEIGHT * this.medianWeight(this.weightsOf(topic));
  }

  private medianWeight(weights: ReadonlyMap<string, number>): number {
    const sorted = [...weights.values()].sort((a, b) => a - b);
    return sorted.length === 0 ? Infinity : sorted[Math.floor(sorted.length / 2)]!;
  }
}
