import { ENTITY_READERS } from './entityReaders.ts';
import type { EntityTables } from './entityTables.ts';
import { splitNumberWord } from './numberWords.ts';
import { perLanguage } from '../../language/perLanguage.ts';
import { glued, isSymbol, type Scan } from './scan.ts';

const bits = (test: (reader: (typeof ENTITY_READERS)[number]) => boolean) => ENTITY_READERS.reduce((mask, reader, index) => (test(reader) ? mask | (1 << index) : mask), 0);
const FROM_NUMBERS = bits((reader) => reader.numbers);
const FROM_NUMBER_WORDS = bits((reader) => reader.numberWords);
const FROM_CODE_LETTERS = bits((reader) => reader.codeLetters);

/** For each word or symbol that opens an entity, the readers it opens, one bit each in ENTITY_READERS' order. */
export const openersOf = perLanguage((tables: EntityTables) => {
  const byKey = new Map<string, number>();
  ENTITY_READERS.forEach((reader, index) => {
    for (const key of reader.opens(tables)) byKey.set(key, (byKey.get(key) ?? 0) | (1 << index));
  });
  return byKey;
});

/**
 * The readers worth trying at item `at`, one bit each: those its word or symbol opens, those that
 * start at a number, at a number word ('dodici'), or at letters a code goes on from ('TK-', 'FG 482').
 */
export function readersAt({ items, tables }: Scan, openers: ReadonlyMap<string, number>, at: number): number {
  const item = items[at]!;
  let mask = openers.get(item.key) ?? 0;
  if (item.kind === 'number') return mask | FROM_NUMBERS;
  if (item.kind === 'symbol') return mask;
  const next = items[at + 1];
  if (next?.kind === 'number' || (isSymbol(next, '-/') && glued(items, at + 1))) mask |= FROM_CODE_LETTERS;
  if ((mask & FROM_NUMBER_WORDS) !== FROM_NUMBER_WORDS && splitNumberWord(item.key.endsWith("'") ? item.key.slice(0, -1) : item.key, tables.numbers)) mask |= FROM_NUMBER_WORDS;
  return mask;
}
