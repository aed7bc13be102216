import { isPhoneNumber } from './matchPhone.ts';
import { MOST_DIGITS } from './readNumber.ts';
import { candidate, freeAfter, freeBefore, glued, isSymbol, type Recognizer, type Scan } from './scan.ts';

/** Parts of one code: 'IT-2027-00042-A' has four. */
const MOST_PARTS = 4;
/** Letters before a code's digits: 'TK', 'PL', 'RC'; five in capitals, three otherwise ('tk-58213'). */
const MOST_LETTERS = 5;
const MOST_LOWER_LETTERS = 3;
/** How far back from a bare number its noun may be: 'il numero della pratica è 58213'. */
const NOUN_DISTANCE = 4;

interface Code {
  next: number;
  /** Starts with letters ('TK-58213'), which makes it a code by its shape alone. */
  lettered: boolean;
  parts: number;
  /** Digits of its last part, and of all of it. */
  lastDigits: number;
  digits: number;
}

/**
 * A code at item `at`: letters then digits ('TK-58213', 'PL-4471920', 'TK58213' in capitals), or
 * digits in parts ('100-58273', '58213'), with maybe more parts after a dash.
 */
function readCode({ items, text }: Scan, at: number): Code | null {
  const first = items[at];
  if (!first || first.kind === 'symbol' || !freeBefore(items, at)) return null;
  const lettered = first.kind === 'word';
  let next = at + 1;
  if (lettered) {
    const letters = text.slice(first.start, first.end);
    if (letters.length > MOST_LETTERS) return null;
    const capitals = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    if (letters.length > (capitals ? MOST_LETTERS : MOST_LOWER_LETTERS) || letters.endsWith("'")) return null;
    const dashed = isSymbol(items[next], '-/') && glued(items, next) && glued(items, next + 1);
    if (dashed) next++;
    const digits = items[next];
    if (digits?.kind !== 'number' || !glued(items, next) || digits.key.length < (dashed ? 3 : 4) || (!dashed && !capitals)) return null;
    next++;
  }
  let parts = lettered ? 2 : 1;
  let digits = items[next - 1]!.key.length;
  let lastDigits = digits;
  while (parts < MOST_PARTS && isSymbol(items[next], '-/') && glued(items, next) && glued(items, next + 1)) {
    const part = items[next + 1]!;
    if (part.kind === 'symbol' || (part.kind === 'word' && (!lettered || part.end - part.start > MOST_LETTERS))) break;
    lastDigits = part.kind === 'number' ? part.key.length : 0;
    digits += lastDigits;
    parts++;
    next += 2;
  }
  return freeAfter(items, next) && digits <= MOST_DIGITS ? { next, lettered, parts, lastDigits, digits } : null;
}

/** A bare number that is a reference, not a phone number, nor the first group of one ('numero 347 555 0192'), nor an amount or a length. */
function isReferenceNumber(scan: Scan, at: number, code: Code): boolean {
  const { items, tables } = scan;
  const after = items[code.next];
  if (code.digits < 3 || (after?.kind === 'number' && after.spaced) || tables.currencies.starts(after) || tables.units.starts(after)) return false;
  return code.parts > 1 || !isPhoneNumber(items[at]!.key, tables.phones);
}

/** A noun that names a reference a few words before item `at`, only fillers between ('il codice è'). */
function namedBefore({ items, tables }: Scan, at: number): boolean {
  for (let back = at - 1; back >= 0 && back >= at - NOUN_DISTANCE; back--) {
    const key = items[back]!.key;
    if (tables.referenceNouns.has(key)) return true;
    if (!tables.referenceFillers.has(key)) return false;
  }
  return false;
}

const codeValue = ({ items, text }: Scan, from: number, next: number) =>
  text
    .slice(items[from]!.start, items[next - 1]!.end)
    .toUpperCase()
    .replace(/\s/g, '');

/**
 * A reference, ticket, case or order code: 'TK-58213', '100-58273', 'n. 58213', 'numero 58213',
 * '#58213', 'pratica 58213'. A bare number needs its mark or its noun; the mark is part of the
 * entity as typed, the value is the code alone, upper-cased, without spaces.
 */
export const matchReference: Recognizer = (scan, at) => {
  const { items, tables } = scan;
  const marker = tables.referenceMarkers.match(items, at);
  if (marker) {
    const from = isSymbol(items[marker.next], ':') ? marker.next + 1 : marker.next;
    const code = readCode(scan, from);
    if (code && !code.lettered && isReferenceNumber(scan, from, code)) return candidate(scan, 'reference', at, code.next, codeValue(scan, from, code.next));
  }
  const code = readCode(scan, at);
  if (!code) return null;
  const byShape = code.lettered || (code.parts > 1 && code.lastDigits >= 5);
  if (!byShape && !(namedBefore(scan, at) && isReferenceNumber(scan, at, code))) return null;
  return candidate(scan, 'reference', at, code.next, codeValue(scan, at, code.next));
};
