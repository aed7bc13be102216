import words from './profanity.json' with { type: 'json' };
import realNames from './realNames.json' with { type: 'json' };

/** Characters people type instead of letters to slip a word past a filter. */
const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e', '+': 't' };

/** Lower case, accents dropped, look-alikes read as letters. */
function readAsLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[0-9@$!|€+]/g, (character) => LOOK_ALIKES[character] ?? character);
}

/** Repeated letters count once ("fuuuck", and "cazzo" is matched as "cazo"). */
const collapse = (letters: string) => letters.replace(/(\p{L})\1+/gu, '$1');

const ANYWHERE = words.anywhere.map((word) => collapse(readAsLetters(word)));
/** Short words stay as spelt: collapsed, 'ass' would become the innocent 'as'. */
const WHOLE = new Set(words.whole.map(readAsLetters));
/** A drawn-out short word ('asssss', 'cuuum') read with the run as two letters, or as one. */
const drawnOut = (token: string) => [token, token.replace(/(\p{L})\1{2,}/gu, '$1$1'), token.replace(/(\p{L})\1{2,}/gu, '$1')];

/** Real names that happen to contain a listed word ('Troiano', 'Ignazio'), read the same way. */
const REAL_NAMES = new Set(realNames.names.map(readAsLetters));

/**
 * True when the nickname contains a word on the list, however it is spelt or spaced. Words that
 * are real names are left out first, so the rest is still squeezed together: 'caz Troiano zo' fails.
 */
export function isProfane(nickname: string): boolean {
  const tokens = readAsLetters(nickname)
    .split(/[^\p{L}]+/u)
    .filter((token) => token !== '' && !REAL_NAMES.has(token));
  const squeezed = collapse(tokens.join(''));
  if (ANYWHERE.some((word) => squeezed.includes(word))) return true;
  return tokens.some((token) => drawnOut(token).some((variant) => WHOLE.has(variant)));
}
