import { remove as toLatinLookalikes } from 'confusables';

/**
 * Two names that look the same are the same name: 'Маrio' (Cyrillic М and а) is 'Mario', 'ｍario'
 * and 'MARIO' too. Every character that looks like a Latin letter or digit is read as that letter
 * (the `confusables` table), then case is dropped.
 */
export const lookalikeKey = (name: string) => toLatinLookalikes(name).toLocaleLowerCase('it');

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const LATIN_LOOKING = /^[A-Za-z0-9]+$/;

/** A letter of another alphabet drawn like a Latin one: Cyrillic а, Greek Ο. */
const imitatesLatin = (character: string) => LETTER.test(character) && !LATIN.test(character) && LATIN_LOOKING.test(toLatinLookalikes(character));

/**
 * True when a word mixes Latin letters with letters of another alphabet that imitate Latin ones,
 * the way 'Маrio' is written to pass for 'Mario'. Words in one alphabet ('Иванова') and
 * alphabets without Latin look-alikes beside Latin ('Kenji健二') are fine.
 */
export function mixesLookalikeScripts(name: string): boolean {
  return name.split(/[^\p{L}\p{M}]+/u).some((word) => {
    const characters = [...word];
    return characters.some((character) => LATIN.test(character)) && characters.some(imitatesLatin);
  });
}
