/** The letters of a language as typos change them. */
export interface SpellingAlphabet {
  /** Letters a typo may add or change, accented ones included. */
  letters: string;
  /** Per plain vowel, its accented forms: a missing or wrong accent is the likeliest slip. */
  accents: Record<string, string>;
  /** Accents are written on a word's last letter only (Italian: città, perché), so a candidate has none elsewhere. */
  finalAccentsOnly?: boolean;
  /** Keyboard rows, to tell a slip of the finger (a neighbouring key) from any other letter, each with how far it is shifted right, in keys. */
  keyboardRows: { keys: string; shift: number }[];
  /** The mark of an elided word, which a typo may leave out ('sull armadio'). */
  elision?: string;
}

export interface SuggestOptions {
  /** At most this many (3 by default). */
  limit?: number;
  /** Only the likeliest slips: an accent, a letter doubled or not, two letters swapped, an elision's mark. */
  slipsOnly?: boolean;
}

/**
 * What each kind of edit costs, the likeliest slips cheapest: an accent (piu → più, perchè →
 * perché), a letter doubled or not (uficio → ufficio), two letters swapped (rimbroso → rimborso),
 * a neighbouring key, then any letter added or dropped, then a vowel for another. A consonant
 * for a far one is no slip of the finger: such a neighbour is another word (carpale, campale).
 */
const COST = { accentSwap: 0.1, accent: 0.2, elision: 0.2, doubling: 0.3, transposition: 0.5, neighbour: 0.6, insertion: 0.8, deletion: 0.8, vowel: 1 } as const;
/** The costliest edit that is still one of the likeliest slips. */
const SLIP = COST.transposition;
/** A typo rarely touches the first letter: a word that differs there by a changed or swapped letter (dischi, fischi) is another word, not a slip. */
const FIRST_LETTER = 0.1;

/**
 * The words one edit from `word` (Damerau: add, drop, change or swap a letter; or add the mark of an elision), best first:
 * candidates are ranked by the likelihood of the slip, then alphabetically, and checked in that
 * order until `limit` are words, so a likely fix costs a few lookups and no index is needed.
 */
export function suggestCorrections(word: string, isWord: (candidate: string) => boolean, alphabet: SpellingAlphabet, { limit = 3, slipsOnly = false }: SuggestOptions = {}): string[] {
  const keys = keyboardOf(alphabet);
  const costs = new Map<string, number>();
  const offer = (candidate: string, cost: number, at: number) => {
    const total = cost + (at === 0 ? FIRST_LETTER : 0);
    if (candidate !== word && total < (costs.get(candidate) ?? Infinity)) costs.set(candidate, total);
  };
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    const before = word.slice(0, i);
    const after = word.slice(i + 1);
    offer(before + after, letter === word[i - 1] || letter === word[i + 1] ? COST.doubling : COST.deletion, i);
    if (i === 0) continue;
    if (i + 1 < word.length && word[i + 1] !== letter) offer(before + word[i + 1] + letter + word.slice(i + 2), COST.transposition, i);
    const last = i === word.length - 1;
    for (const [other, cost] of keys.substitutions.get(letter) ?? []) if (last || !alphabet.finalAccentsOnly || !keys.accented.has(other)) offer(before + other + after, cost, i);
  }
  for (let i = 0; i <= word.length; i++) {
    for (const letter of keys.plain) offer(word.slice(0, i) + letter + word.slice(i), letter === word[i - 1] || letter === word[i] ? COST.doubling : COST.insertion, i);
  }
  if (alphabet.elision && !word.endsWith(alphabet.elision)) offer(word + alphabet.elision, COST.elision, word.length);
  const ranked = [...costs].filter(([, cost]) => !slipsOnly || cost <= SLIP).sort(([a, costA], [b, costB]) => costA - costB || (a < b ? -1 : a > b ? 1 : 0));
  const found: string[] = [];
  for (const [candidate] of ranked) {
    if (found.length >= limit) break;
    if (isWord(candidate)) found.push(candidate);
  }
  return found;
}

/** What an alphabet makes of each letter, worked out once: the plain letters, and what each may be mistyped for and at what cost. */
interface Keyboard {
  plain: string[];
  accented: Set<string>;
  substitutions: Map<string, [string, number][]>;
}

const keyboards = new WeakMap<SpellingAlphabet, Keyboard>();

function keyboardOf(alphabet: SpellingAlphabet): Keyboard {
  let keyboard = keyboards.get(alphabet);
  if (!keyboard) {
    const letters = [...alphabet.letters];
    // A typo adds a plain letter; an accent comes by changing one.
    const plain = letters.filter((letter) => baseOf(letter, alphabet) === letter);
    const substitutions = new Map(
      letters.map((from) => [
        from,
        letters.flatMap((to): [string, number][] => {
          const cost = from === to ? undefined : substitutionCost(from, to, alphabet);
          return cost === undefined ? [] : [[to, cost]];
        }),
      ]),
    );
    const accented = new Set(letters.filter((letter) => baseOf(letter, alphabet) !== letter));
    keyboards.set(alphabet, (keyboard = { plain, accented, substitutions }));
  }
  return keyboard;
}

/** The plain vowel a letter is written on ('è' → 'e'), or the letter itself. */
function baseOf(letter: string, alphabet: SpellingAlphabet): string {
  for (const [vowel, accented] of Object.entries(alphabet.accents)) if (accented.includes(letter)) return vowel;
  return letter;
}

/** What typing `to` for `from` costs, or undefined when it is no likely slip. */
function substitutionCost(from: string, to: string, alphabet: SpellingAlphabet): number | undefined {
  const fromBase = baseOf(from, alphabet);
  const toBase = baseOf(to, alphabet);
  if (fromBase === toBase) return fromBase !== from && fromBase !== to ? COST.accentSwap : COST.accent;
  if (neighbours(from, to, alphabet.keyboardRows)) return COST.neighbour;
  return alphabet.accents[fromBase] !== undefined && alphabet.accents[toBase] !== undefined ? COST.vowel : undefined;
}

/** Keys side by side on a row, or touching on the rows above and below (rows are staggered). */
function neighbours(a: string, b: string, rows: SpellingAlphabet['keyboardRows']): boolean {
  const place = (letter: string) => {
    const row = rows.findIndex(({ keys }) => keys.includes(letter));
    return row < 0 ? undefined : { row, x: rows[row]!.keys.indexOf(letter) + rows[row]!.shift };
  };
  const [p, q] = [place(a), place(b)];
  if (!p || !q || Math.abs(p.row - q.row) > 1) return false;
  return p.row === q.row ? Math.abs(p.x - q.x) === 1 : Math.abs(p.x - q.x) < 1;
}
