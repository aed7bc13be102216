/** The most typos tolerated in any word. */
const MAX_ALLOWANCE = 2;

/** Typos tolerated for a word of this length: none below 5 letters, 1 from 5, 2 from 9. */
export function allowedDistance(word: string): number {
  return word.length >= 9 ? MAX_ALLOWANCE : word.length >= 5 ? 1 : 0;
}

/** Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), giving up above `max`. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/** Light inflection stem: drops one final vowel of words of 5+ letters (carta/carte, rinnovato/rinnovata). */
export function stem(word: string, vowels: string): string {
  return word.length >= 5 && vowels.includes(word.charAt(word.length - 1)) ? word.slice(0, -1) : word;
}

function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletions(d, depth - 1, out);
    }
  }
}

const CACHE_LIMIT = 20000;
const HAS_DIGIT = /\p{N}/u;

/** What a language knows of its words, for a vocabulary: read lazily, once the language pack is loaded. */
export interface WordKnowledge {
  /** The lemmas a form may stand for; [] when unknown. */
  lemmas(word: string): readonly string[];
}

/**
 * A vocabulary that finds, for any word, the vocabulary entries it may stand for: exact, the same
 * lemma (with a language's knowledge: arriverà and arriva are one verb), the same stem, or within
 * the typo allowance. A word the language knows is never taken for a typo of another ('verificato'
 * is not 'verificare' mistyped). Deletion neighbourhoods are built once, so a lookup only generates
 * the deletions of the query; results are memoised.
 */
export class FuzzyIndex {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly byStem = new Map<string, number[]>();
  private readonly byDeletion = new Map<string, number[]>();
  private readonly memo = new Map<string, readonly number[]>();
  /** Entry of an alias → the id it stands for. */
  private readonly aliasOf = new Map<number, number>();
  /** Length of the longest entry: a longer query, past the typo allowance, can only match by stem. */
  private longest = 0;

  /** Entries by their lemmas, built on the first lookup that has the language's knowledge. */
  private readonly byLemma = new Map<string, number[]>();
  private lemmaIndexed = 0;

  /** `useStems`: also match inflections (scenario keywords); built-in cues list their forms instead. */
  /** `known`: correct words of the language that must not be taken for typos of vocabulary words (verifica ≠ verifico). */
  /** `knowledge`: the language's words, read when a lookup happens; `useLemmas` also matches forms of one lemma. */
  constructor(
    private readonly vowels: string,
    private readonly useStems: boolean,
    private readonly known: ReadonlySet<string> = new Set(),
    private readonly knowledge: () => WordKnowledge | undefined = () => undefined,
    private readonly useLemmas = false,
  ) {}

  /** Adds a word (if new) and returns its id. */
  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    this.index(word, id);
    return id;
  }

  /** Makes `variant` (and its typos) find the word `id` stands for, e.g. a synonym's own spelling. */
  alias(variant: string, id: number): void {
    if (this.ids.has(variant)) return;
    this.words.push(variant);
    this.aliasOf.set(this.words.length - 1, id);
    this.ids.set(variant, this.words.length - 1);
    this.index(variant, this.words.length - 1);
  }

  private index(word: string, id: number): void {
    this.longest = Math.max(this.longest, word.length);
    if (this.useStems && word.length >= 4) push(this.byStem, stem(word, this.vowels), id);
    const dels = new Set<string>();
    if (!HAS_DIGIT.test(word)) deletions(word, allowedDistance(word), dels);
    for (const d of dels) push(this.byDeletion, d, id);
    this.memo.clear();
  }

  /** Ids of the vocabulary words `word` may stand for. */
  lookup(word: string): readonly number[] {
    const cached = this.memo.get(word);
    if (cached) return cached;
    const found = this.compute(word);
    if (this.memo.size >= CACHE_LIMIT) this.memo.clear();
    this.memo.set(word, found);
    return found;
  }

  private compute(word: string): readonly number[] {
    const knowledge = this.knowledge();
    const lemmas = knowledge?.lemmas(word) ?? [];
    const exact = this.ids.get(word);
    const out = new Set<number>();
    if (exact !== undefined) out.add(exact);
    if (this.useLemmas && knowledge && lemmas.length > 0) {
      this.indexLemmas(knowledge);
      for (const lemma of lemmas) for (const id of this.byLemma.get(lemma) ?? []) out.add(id);
    }
    if (exact !== undefined || this.known.has(word)) return this.resolve(out);
    if (this.useStems && word.length >= 4) for (const id of this.byStem.get(stem(word, this.vowels)) ?? []) out.add(id);
    // A word the language knows is itself, never a typo of another ('verificato' is not 'verificare').
    if (lemmas.length > 0) return this.resolve(out);
    // Beyond the longest entry plus the largest allowance no deletion can meet an entry; skipping
    // it keeps a lookup linear in the word's length (a query's deletions grow with its square).
    // A token with a digit is a number or a code (a plate, an amount, a ticket): a typo in it is
    // another value, not the same word, so it only matches exactly.
    if (word.length >= 4 && word.length <= this.longest + MAX_ALLOWANCE && !HAS_DIGIT.test(word)) {
      const candidates = new Set<number>(this.byDeletion.get(word) ?? []);
      const queryDels = new Set<string>([word]);
      deletions(word, word.length >= 8 ? 2 : 1, queryDels);
      for (const d of queryDels) {
        for (const id of this.byDeletion.get(d) ?? []) candidates.add(id);
        const direct = this.ids.get(d);
        if (direct !== undefined) candidates.add(direct);
      }
      for (const id of candidates) {
        const target = this.words[id]!;
        const max = allowedDistance(target);
        if (max > 0 && damerauLevenshtein(word, target, max) <= max) out.add(id);
      }
    }
    return this.resolve(out);
  }

  private resolve(ids: ReadonlySet<number>): readonly number[] {
    return [...new Set([...ids].map((id) => this.aliasOf.get(id) ?? id))];
  }

  /**
   * Indexes by lemma the entries added since the last lookup: an entry written in its base form
   * ('pagare', 'pagamento') stands for every form of it (pagato, pagherà; pagamenti); one written
   * inflected ('rimborseremo', 'verrà') means that person and tense, and stands only for itself.
   */
  private indexLemmas(knowledge: WordKnowledge): void {
    for (; this.lemmaIndexed < this.words.length; this.lemmaIndexed++) {
      const word = this.words[this.lemmaIndexed]!;
      if (knowledge.lemmas(word).includes(word)) push(this.byLemma, word, this.lemmaIndexed);
    }
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}
