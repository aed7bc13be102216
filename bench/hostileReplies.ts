/**
 * Replies shaped to find super-linear work in the analyser, at any length: one enormous word,
 * many distinct long words (each a fresh fuzzy lookup), digits mixed into letters, shorthand and
 * shouting soup, ordinary prose, and thousands of short questions. Each call makes new text, so no cache can hide the cost.
 */
const fill = (length: number, piece: (index: number) => string): string => {
  let text = '';
  for (let index = 0; text.length < length; index++) text += piece(index);
  return text.slice(0, length);
};
/** A word of letters only from a number: 0 → a, 27 → bb, so that each is new. */
const letters = (n: number) => n.toString(26).replace(/[0-9a-p]/g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
const SOUP = ['cmq', 'xké', 'nn', 'grz', 'tvb', 'btw', 'lol', 'c6', 'k', 'x', 'qnd', 'ASAP', 'BUONGIORNO!!!', '😀', ':)'];
const PROSE = 'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile? ';

export const HOSTILE_SHAPES: Record<string, (length: number, variant: number) => string> = {
  'one long word': (length, variant) => fill(length, (i) => (i === 0 ? letters(variant) : 'Buongiorno')),
  'many distinct long words': (length, variant) => fill(length, (i) => `parola${letters(variant * 100_000 + i)}lunghissimaeccessiva `),
  'digits and letters mixed': (length, variant) => fill(length, (i) => `a${variant}${i}b${i * 7}c `),
  'shorthand soup': (length, variant) => fill(length, (i) => `${SOUP[i % SOUP.length]}${i % 50 === 0 ? letters(variant) : ''} `),
  'ordinary prose': (length, variant) => fill(length, (i) => (i === 0 ? `${letters(variant)} ` : PROSE)),
  // Thousands of one-line questions: every sentence start is read for the register's question rules.
  'many short questions': (length, variant) => fill(length, (i) => (i === 0 ? `${letters(variant)}? ` : 'È sicuro? ')),
};
