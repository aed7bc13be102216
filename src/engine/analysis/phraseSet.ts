import type { LanguageData } from '../language/languageDataSchema.ts';
import { tokenize, type Token } from './tokenize.ts';

interface Phrase {
  words: string[];
  /** Per joint between word k and k+1: true when the phrase has no space there (qual'è). */
  glued: boolean[];
  value: string;
}

export interface PhraseHit {
  first: number;
  last: number;
  value: string;
}

type Field = 'norm' | 'lower';

/**
 * Fixed phrases looked up by their first word, so a reply is scanned once whatever the list size.
 * Used for jargon, promises, misspellings and register phrases.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(
    entries: Iterable<readonly [string, string]>,
    data: LanguageData,
    private readonly field: Field,
  ) {
    for (const [text, value] of entries) {
      const { tokens } = tokenize(text, data);
      if (tokens.length === 0) continue;
      const words = tokens.map((t) => t[field]);
      const glued = tokens.slice(1).map((t, k) => t.start === tokens[k]!.end);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, glued, value });
      // Longer phrases first, so the most specific one wins.
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0]!, list);
    }
  }

  /** No phrase at all: callers can skip reading the text. */
  get isEmpty(): boolean {
    return this.byFirst.size === 0;
  }

  /** Non-overlapping hits, left to right. */
  find(tokens: readonly Token[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(tokens[i]![this.field]);
      if (!candidates) continue;
      for (const p of candidates) {
        if (this.matchesAt(p, tokens, i)) {
          hits.push({ first: i, last: i + p.words.length - 1, value: p.value });
          i += p.words.length - 1;
          break;
        }
      }
    }
    return hits;
  }

  private matchesAt(p: Phrase, tokens: readonly Token[], i: number): boolean {
    if (i + p.words.length > tokens.length) return false;
    for (let k = 1; k < p.words.length; k++) {
      const t = tokens[i + k]!;
      if (t[this.field] !== p.words[k]) return false;
      if (p.glued[k - 1] !== (t.start === tokens[i + k - 1]!.end)) return false;
    }
    return true;
  }
}
