import words from './profanity.json' with { type: 'json' };

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

/** True when the nickname contains a word on the list, however it is spelt or spaced. */
export function isProfane(nickname: string): boolean {
  const letters = readAsLetters(nickname);
  const squeezed = collapse(letters.replace(/[^\p{L}]+/gu, ''));
  if (ANYWHERE.some((word) => squeezed.includes(word))) return true;
  return letters.split(/[^\p{L}]+/u).some((token) => drawnOut(token).some((variant) => WHOLE.has(variant)));
}
