import { lexItems, type Item } from './lexItems.ts';

interface Phrase<V> {
  keys: string[];
  value: V;
}

export interface PhraseMatch<V> {
  value: V;
  /** The index of the item after the phrase. */
  next: number;
}

/**
 * Words and set phrases of the entity data ('entro', 'tra le', "un quarto d'ora"), cut as the text
 * is and looked up by their first piece, so a lookup costs the same whatever the list's size.
 */
export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>();
  /** What the phrases start with: almost all with a word, so a number costs no lookup. */
  private readonly firstKinds = new Set<Item['kind']>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const items = lexItems(phrase);
      const keys = items.map((item) => item.key);
      if (keys.length === 0) continue;
      this.firstKinds.add(items[0]!.kind);
      const list = this.byFirst.get(keys[0]!) ?? [];
      list.push({ keys, value });
      // The longest phrase wins: 'alle ore' before 'alle'.
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst.set(keys[0]!, list);
    }
  }

  static of(words: readonly string[]): PhraseTable<true> {
    return new PhraseTable(words.map((word) => [word, true] as const));
  }

  static from<V>(record: Readonly<Record<string, V>>): PhraseTable<V> {
    return new PhraseTable(Object.entries(record));
  }

  /** The longest phrase that starts at item `at`, or null. */
  match(items: readonly Item[], at: number): PhraseMatch<V> | null {
    const first = items[at];
    const candidates = first && this.firstKinds.has(first.kind) && this.byFirst.get(first.key);
    if (!candidates) return null;
    for (const { keys, value } of candidates) {
      let k = 1;
      while (k < keys.length && items[at + k]?.key === keys[k]) k++;
      if (k === keys.length) return { value, next: at + k };
    }
    return null;
  }

  /** The first pieces of the phrases. */
  firstKeys(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Whether some phrase starts with this item's word (a cheap first test). */
  starts(item: Item | undefined): boolean {
    return item !== undefined && this.firstKinds.has(item.kind) && this.byFirst.has(item.key);
  }
}
