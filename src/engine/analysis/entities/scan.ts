import type { EntityType } from './entity.ts';
import type { EntityTables } from './entityTables.ts';
import type { Item } from './lexItems.ts';

/** One reply being read: its text, its items and the locale's lookups. */
export interface Scan {
  text: string;
  items: readonly Item[];
  tables: EntityTables;
}

/** What a reader understood, and the index of the item after it. */
export interface Read<T> {
  value: T;
  next: number;
}

/** An entity before overlaps are settled and sentences counted. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  value: string | number;
  deadline?: boolean;
}

/** A reader of one type of entity, tried at each item. */
export type Recognizer = (scan: Scan, at: number) => Candidate | null;

export const candidate = (scan: Scan, type: EntityType, first: number, next: number, value: string | number): Candidate => ({
  type,
  start: scan.items[first]!.start,
  end: scan.items[next - 1]!.end,
  value,
});

/** The item at `at` follows the one before it with no space between. */
export const glued = (items: readonly Item[], at: number): boolean => items[at] !== undefined && !items[at].spaced;

export const isSymbol = (item: Item | undefined, symbols: string): item is Item => item?.kind === 'symbol' && symbols.includes(item.key);

const isWordOrNumber = (item: Item | undefined): boolean => item !== undefined && item.kind !== 'symbol';

/** Characters that join pieces into one code or number: '9:00', '1.200', 'TK-58213', 'a@b'. */
const JOINERS = '-–./:,_@';
/** Joiners that also end a sentence or a clause, so a word glued after them is the next one ('9:00.Grazie'). */
const PUNCTUATION = '.,:';

/**
 * Nothing glued before item `first` carries on what starts there: no letter or digit, nor a
 * joiner with one before it ('TK-58213' is no number 58213, '1.9:00' no time).
 */
export function freeBefore(items: readonly Item[], first: number): boolean {
  const item = items[first];
  if (!item || item.spaced || first === 0) return true;
  const before = items[first - 1]!;
  // An elided word is a word of its own: "l'11 marzo", "all'una".
  if (isWordOrNumber(before)) return before.key.endsWith("'");
  if (!JOINERS.includes(before.key) || before.spaced) return true;
  const further = items[first - 2];
  if (!isWordOrNumber(further)) return true;
  return further!.kind === 'word' && PUNCTUATION.includes(before.key);
}

/** Nothing glued at item `next` carries on what ended before it ('9:00-13:00' is no time 9:00, '412,50' no 412). */
export function freeAfter(items: readonly Item[], next: number): boolean {
  const item = items[next];
  if (!item || item.spaced) return true;
  if (isWordOrNumber(item)) return false;
  if (!JOINERS.includes(item.key)) return true;
  const further = items[next + 1];
  if (!further || further.spaced || !isWordOrNumber(further)) return true;
  return further.kind === 'word' && PUNCTUATION.includes(item.key);
}
