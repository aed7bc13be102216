import type { Item } from './lexItems.ts';
import { mayFollow, splitNumberWord, valueOf, type NumberPart } from './numberWords.ts';
import { glued, isSymbol, type Read, type Scan } from './scan.ts';

/** More digits than any amount or code holds: longer runs are noise. */
export const MOST_DIGITS = 15;
/** Groups of three digits after the first ('1.200.000'): enough for any amount, and a bound on the work. */
const MOST_GROUPS = 4;
/** Number words in one number across spaces or hyphens: 'two thousand five hundred and twenty-four'. */
const MOST_WORDS = 8;

export interface NumberRead extends Read<number> {
  /** Typed in digits, not in words. */
  digits: boolean;
}

/**
 * A number at item `at`: digits with thousands and decimals ('1.200,50', '1,200.50', '412.5': a
 * group of three digits is thousands, of one or two decimals), maybe times a multiplier word
 * ('3 mila'), or number words ('dodici', 'twenty-four', 'duecentomila').
 */
export function readNumber(scan: Scan, at: number): NumberRead | null {
  const item = scan.items[at];
  if (item?.kind === 'number') return readDigits(scan, at);
  if (item?.kind === 'word') return readNumberWords(scan, at);
  return null;
}

function readDigits({ items, tables }: Scan, at: number): NumberRead | null {
  let whole = items[at]!.key;
  if (whole.length > MOST_DIGITS) return null;
  let fraction = '';
  let next = at + 1;
  for (let groups = 0; groups < MOST_GROUPS; groups++) {
    const part = items[next + 1];
    if (!isSymbol(items[next], '.,') || !glued(items, next) || part?.kind !== 'number' || !glued(items, next + 1)) break;
    if (part.key.length === 3 && whole.length <= MOST_DIGITS - 3) {
      whole += part.key;
      next += 2;
      continue;
    }
    if (part.key.length <= 2) {
      fraction = part.key;
      next += 2;
    }
    break;
  }
  let value = Number(fraction ? `${whole}.${fraction}` : whole);
  const multiplier = items[next]?.kind === 'word' ? splitNumberWord(items[next]!.key, tables.numbers) : null;
  if (multiplier?.length === 1 && multiplier[0]!.multiplier) {
    value *= multiplier[0]!.value;
    next++;
  }
  return { value, next, digits: true };
}

const bare = (item: Item) => (item.key.endsWith("'") ? item.key.slice(0, -1) : item.key);

function readNumberWords(scan: Scan, at: number): NumberRead | null {
  const { items, tables } = scan;
  const first = splitNumberWord(bare(items[at]!), tables.numbers);
  if (!first) return null;
  const pieces: NumberPart[] = [...first];
  let next = at + 1;
  // Words of one number apart ('twenty four', 'twenty-four', 'one hundred and five'), piece by piece in order.
  for (let words = 1; words < MOST_WORDS; words++) {
    let after = next;
    if (isSymbol(items[after], '-') && glued(items, after) && glued(items, after + 1)) after++;
    else if (pieces[pieces.length - 1]!.multiplier) after = tables.numberJoiners.match(items, after)?.next ?? after;
    const word = items[after];
    const more = word?.kind === 'word' ? splitNumberWord(bare(word), tables.numbers) : null;
    if (!more || !mayFollow(pieces[pieces.length - 1]!, more[0]!)) break;
    pieces.push(...more);
    next = after + 1;
  }
  return { value: valueOf(pieces), next, digits: false };
}
