import { foldWord } from './lexItems.ts';

/** A piece of a number word: a value added ('venti'), or a multiplier of what came before ('cento', 'mila'). */
export interface NumberPart {
  value: number;
  multiplier: boolean;
}

export interface NumberWords {
  /**
   * The pieces by their first two letters (one for a one-letter piece, 'a'), the longest first, so
   * 'venti' is tried before 'vent' and most words are told no number at one lookup.
   */
  byStart: Map<number, [string, NumberPart][]>;
}

/** A piece's first two letters, or its one letter, as one number: no string is made to look it up. */
const startOf = (text: string, at: number, length: number) => text.charCodeAt(at) * 0x10000 + (length > 1 ? text.charCodeAt(at + 1) : 0);

export function numberWords(parts: Readonly<Record<string, number>>, multipliers: Readonly<Record<string, number>>): NumberWords {
  const pieces: [string, NumberPart][] = [
    ...Object.entries(parts).map(([word, value]): [string, NumberPart] => [foldWord(word), { value, multiplier: false }]),
    ...Object.entries(multipliers).map(([word, value]): [string, NumberPart] => [foldWord(word), { value, multiplier: true }]),
  ];
  const byStart = new Map<number, [string, NumberPart][]>();
  for (const piece of pieces.sort((a, b) => b[0].length - a[0].length)) {
    const key = startOf(piece[0], 0, piece[0].length);
    byStart.set(key, [...(byStart.get(key) ?? []), piece]);
  }
  return { byStart };
}

function pieceAt(pieces: readonly [string, NumberPart][] | undefined, word: string, at: number): [string, NumberPart] | undefined {
  if (pieces) for (const piece of pieces) if (word.startsWith(piece[0], at)) return piece;
  return undefined;
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
    const piece = pieceAt(words.byStart.get(startOf(word, at, word.length - at)), word, at) ?? pieceAt(words.byStart.get(startOf(word, at, 1)), word, at);
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
