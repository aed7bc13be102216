import { foldWord } from './lexItems.ts';

/** A piece of a number word: a value added ('venti'), or a multiplier of what came before ('cento', 'mila'). */
export interface NumberPart {
  value: number;
  multiplier: boolean;
}

export interface NumberWords {
  parts: Map<string, NumberPart>;
  longest: number;
  /** The first letter of every piece, so most words are told no number at their first letter. */
  initials: Set<string>;
}

export function numberWords(parts: Readonly<Record<string, number>>, multipliers: Readonly<Record<string, number>>): NumberWords {
  const map = new Map<string, NumberPart>();
  for (const [word, value] of Object.entries(parts)) map.set(foldWord(word), { value, multiplier: false });
  for (const [word, value] of Object.entries(multipliers)) map.set(foldWord(word), { value, multiplier: true });
  const keys = [...map.keys()];
  return { parts: map, longest: Math.max(0, ...keys.map((key) => key.length)), initials: new Set(keys.map((key) => key.charAt(0))) };
}

/** The longest number word the splitter tries: 'duecentocinquantamilaottocentosettantasette' is 44 letters. */
const LONGEST_NUMBER_WORD = 48;

/**
 * The pieces a number word is glued from, taking the longest known piece at each step
 * ('ventiquattro' → venti + quattro, 'trentuno' → trent + uno), or null when it is not one.
 */
export function splitNumberWord(word: string, words: NumberWords): NumberPart[] | null {
  if (word.length === 0 || word.length > LONGEST_NUMBER_WORD || !words.initials.has(word.charAt(0))) return null;
  const pieces: NumberPart[] = [];
  let at = 0;
  while (at < word.length) {
    let length = Math.min(words.longest, word.length - at);
    while (length > 0 && !words.parts.has(word.slice(at, at + length))) length--;
    if (length === 0) return null;
    pieces.push(words.parts.get(word.slice(at, at + length))!);
    at += length;
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
