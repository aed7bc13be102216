import { splitNumberWord } from './numberWords.ts';
import { glued, isSymbol, type Scan } from './scan.ts';

/**
 * Whether any entity can start at item `at`: a number, a word or symbol that opens one in the
 * locale's data, a number word, or letters a code or plate goes on from ('TK-', 'FG 482'). The
 * readers are tried only there, so a reply of ordinary words costs one lookup a word.
 */
export function mayStartEntity({ items, tables }: Scan, at: number): boolean {
  const item = items[at]!;
  if (item.kind === 'number' || tables.starters.has(item.key)) return true;
  if (item.kind === 'symbol') return false;
  const next = items[at + 1];
  if (next?.kind === 'number' || (isSymbol(next, '-/') && glued(items, at + 1))) return true;
  return splitNumberWord(item.key.endsWith("'") ? item.key.slice(0, -1) : item.key, tables.numbers) !== null;
}
