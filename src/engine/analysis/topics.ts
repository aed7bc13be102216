import type { LanguageData } from '../language/languageDataSchema.ts';
import type { ReplyAnalysis } from './replyAnalysis.ts';
import { tokenize } from './tokenize.ts';
import { wordFamily } from './wordFamily.ts';

/** What a text is about: the families of its content words, each weighed by how distinctive it is in the scenario. */
export interface Topic {
  weights: ReadonlyMap<string, number>;
}

/** The least a reply sentence must share with a topic to take it up: two distinctive words' worth. */
const TAKES_UP_WEIGHT = 2;
const TAKES_UP_WORDS = 2;

/**
 * Reads whether a reply takes up a topic (a customer's question, a need) in its own words. Words
 * are weighed by inverse document frequency over the scenario's own texts: a word the whole
 * scenario uses ('rinnovo' in a renewal) says little, a rarer one ('documento') says much.
 */
export class TopicReader {
  private readonly documentFrequency = new Map<string, number>();
  private readonly documents: number;
  private readonly stop: ReadonlySet<string>;

  constructor(
    corpus: readonly string[],
    private readonly data: LanguageData,
  ) {
    this.stop = new Set(data.stopWords);
    for (const text of corpus) for (const family of this.families(text)) this.documentFrequency.set(family, (this.documentFrequency.get(family) ?? 0) + 1);
    this.documents = corpus.length;
  }

  /** The families of a text's content words. */
  families(text: string): Set<string> {
    const out = new Set<string>();
    for (const token of tokenize(text, this.data).tokens) {
      if (this.stop.has(token.norm) || token.norm.length < 3 || /\d/.test(token.norm)) continue;
      out.add(wordFamily(token.norm, this.data));
    }
    return out;
  }

  /** How distinctive a family is: rare in the scenario's texts weighs more. */
  weight(family: string): number {
    return Math.log((this.documents + 1) / ((this.documentFrequency.get(family) ?? 0) + 1)) + 1;
  }

  topic(texts: readonly string[]): Topic {
    const weights = new Map<string, number>();
    for (const text of texts) for (const family of this.families(text)) weights.set(family, this.weight(family));
    return { weights };
  }

  /** The shared families of the reply sentence that shares most with the topic, and their weight. */
  overlap(analysis: ReplyAnalysis, topic: Topic): { words: string[]; weight: number } {
    const bySentence = new Map<number, Set<string>>();
    analysis.tokens.forEach((token, index) => {
      if (this.stop.has(token) || token.length < 3 || /\d/.test(token)) return;
      const family = wordFamily(token, this.data);
      if (!topic.weights.has(family)) return;
      const sentence = analysis.tokenSentences[index] ?? 0;
      let shared = bySentence.get(sentence);
      if (!shared) bySentence.set(sentence, (shared = new Set()));
      shared.add(family);
    });
    let best = { words: [] as string[], weight: 0 };
    for (const shared of bySentence.values()) {
      const weight = [...shared].reduce((sum, family) => sum + topic.weights.get(family)!, 0);
      if (weight > best.weight) best = { words: [...shared], weight };
    }
    return best;
  }

  takesUp(analysis: ReplyAnalysis, topic: Topic): boolean {
    const { words, weight } = this.overlap(analysis, topic);
    return words.length >= TAKES_UP_WORDS && weight >= TAKES_UP_WEIGHT * this.medianWeight(topic);
  }

  private medianWeight(topic: Topic): number {
    const sorted = [...topic.weights.values()].sort((a, b) => a - b);
    return sorted.length === 0 ? Infinity : sorted[Math.floor(sorted.length / 2)]!;
  }
}
