import { foldWord } from './lexItems.ts';

/** A piece of a number word: a value added ('venti'), or a multiplier of what came before ('cento', 'mila'). */
export interface NumberPart {
  value: number;
  multiplier: boolean;
}

export interface NumberWords {
  /** The pieces by their first letter, the longest first, so 'venti' is tried before 'vent'. */
  byInitial: Map<string, [string, NumberPart][]>;
}

export function numberWords(parts: Readonly<Record<string, number>>, multipliers: Readonly<Record<string, number>>): NumberWords {
  const pieces: [string, NumberPart][] = [
    ...Object.entries(parts).map(([word, value]): [string, NumberPart] => [foldWord(word), { value, multiplier: false }]),
    ...Object.entries(multipliers).map(([word, value]): [string, NumberPart] => [foldWord(word), { value, multiplier: true }]),
  ];
  const byInitial = new Map<string, [string, NumberPart][]>();
  for (const piece of pieces.sort((a, b) => b[0].length - a[0].length)) {
    const list = byInitial.get(piece[0].charAt(0)) ?? [];
    list.push(piece);
    byInitial.set(piece[0].charAt(0), list);
  }
  return { byInitial };
}

/** The longest number word the splitter tries: 'duecentocinquantamilaottocentosettantasette' is 44 letters. */
const LONGEST_NUMBER_WORD = 48;

/**
 * The pieces a number word is glued from, taking the longest known piece at each step
 * ('ventiquattro' → venti + quattro, 'trentuno' → trent + uno), or null when it is not one.
 */
export function splitNumberWord(word: string, words: NumberWords): NumberPart[] | null {
  if (word.length === 0 || word.length > LONGEST_NUMBER_WORD) return null;
  const pieces: NumberPart[] = [];
  for (let at = 0; at < word.length;) {
    const piece = words.byInitial.get(word.charAt(at))?.find(([text]) => word.startsWith(text, at));
    if (!piece) return null;
    pieces.push(piece[1]);
    at += piece[0].length;
  }
  return pieces;
}

/** Whether a piece may follow another in one number: 'twenty' 'four', 'one' 'hundred', 'hundred' 'five'. */
export function mayFollow(before: NumberPart, after: NumberPart): boolean {
  if (after.multiplier) return !before.multiplier || before.value < after.value;
  if (before.multiplier) return after.value < before.value;
  return before.value >= 20 && before.value % 10 === 0 && after.value < 10;
}

/** The value of pieces in order: 'due' 'cento' 'venti' → 220, 'due' 'mila' 'cinque' 'cento' → 2500. */
export function valueOf(pieces: readonly NumberPart[]): number {
  let total = 0;
  let current = 0;
  for (const piece of pieces) {
    if (!piece.multiplier) current += piece.value;
    else if (piece.value < 1000) current = (current || 1) * piece.value;
    else {
      total += (current || 1) * piece.value;
      current = 0;
    }
  }
  return total + current;
}
