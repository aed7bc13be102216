/**
 * The text cut into what entities are read from: runs of letters (with an apostrophe that ends
 * them: "all'"), runs of digits, and every other character on its own. Unlike the tokenizer's
 * words, '9:00', '14.30', '€412' and 'FG482LM' come apart into their pieces, which the readers
 * put back together.
 */
export interface Item {
  kind: 'word' | 'number' | 'symbol';
  start: number;
  end: number;
  /** Lower case without accents, apostrophes unified ('Lunedì' → 'lunedi', 'all’' → "all'"); a number's digits; a symbol itself. */
  key: string;
  /** Whitespace comes before it. */
  spaced: boolean;
}

/** What JavaScript's \s matches, by char code. */
const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A run of letters and marks from where the scanner stands, with an apostrophe that ends it. */
const LETTERS = /[\p{L}\p{M}]+['’‘`´]?/uy;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;
const isApostrophe = (code: number) => code === 39 || code === 0x2019 || code === 0x2018 || code === 0x60 || code === 0xb4;
/** Longer than any word entities are told by: its key is left empty, so no lookup matches it and no time goes into folding it. */
const LONGEST_KEY = 30;

/** The lookup form of a word: lower case, accents dropped, its final apostrophe in one spelling. */
export function foldWord(word: string): string {
  let lower = word.toLowerCase();
  if (isApostrophe(lower.charCodeAt(lower.length - 1))) lower = `${lower.slice(0, -1)}'`;
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** Where the word that starts at `start` ends (`start` when none does): ASCII letters at a glance, other letters by their Unicode class. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) > 0x7f) {
    LETTERS.lastIndex = start;
    return LETTERS.test(text) ? LETTERS.lastIndex : start;
  }
  return end > start && isApostrophe(text.charCodeAt(end)) ? end + 1 : end;
}

export function lexItems(text: string): Item[] {
  const items: Item[] = [];
  let spaced = false;
  for (let start = 0; start < text.length;) {
    const code = text.charCodeAt(start);
    if (isSpace(code)) {
      spaced = true;
      start++;
      continue;
    }
    let end = start + 1;
    let kind: Item['kind'] = 'symbol';
    if (isDigit(code)) {
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
      kind = 'number';
    } else if (isAsciiLetter(code) || code > 0x7f) {
      const word = wordEnd(text, start);
      if (word > start) {
        end = word;
        kind = 'word';
      } else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    }
    const piece = text.slice(start, end);
    const key = kind === 'number' ? piece : kind === 'symbol' ? (isApostrophe(code) ? "'" : piece) : piece.length > LONGEST_KEY ? '' : foldWord(piece);
    items.push({ kind, start, end, key, spaced });
    spaced = false;
    start = end;
  }
  return items;
}
