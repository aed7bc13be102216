/**
 * Replies shaped to find super-linear work in the analyser, at any length: one enormous word,
 * many distinct long words (each a fresh fuzzy lookup), digits mixed into letters, shorthand and
 * shouting soup, ordinary prose, thousands of short questions, what entities are made of (digits
 * joined by dashes, dots, '@' and colons; one run of digits) and sentences full of entities. Each
 * call makes new text, so no cache can hide the cost.
 */
const fill = (length: number, piece: (index: number) => string): string => {
  let text = '';
  for (let index = 0; text.length < length; index++) text += piece(index);
  return text.slice(0, length);
};
/** A word of letters only from a number: 0 → a, 27 → bb, so that each is new. */
const letters = (n: number) => n.toString(26).replace(/[0-9a-p]/g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
const SOUP = ['cmq', 'xké', 'nn', 'grz', 'tvb', 'btw', 'lol', 'c6', 'k', 'x', 'qnd', 'ASAP', 'BUONGIORNO!!!', '😀', ':)'];
const JOINERS = ['-', '.', '@', ':', '/', '-', '.'];
const ENTITIES = 'Pratica TK-58213: il tecnico passa domani tra le 9 e le 13, entro 24 ore; 412,50 € a mario@paccolesto.it, 347 555 0192, targa FG 482 LM, il 31/03/2027. ';
const PROSE = 'Buongiorno signor Rossi, benvenuto nella live chat di Assicurazioni Aurora, sono Giulia. Come posso esserLe utile? ';

export const HOSTILE_SHAPES: Record<string, (length: number, variant: number) => string> = {
  'one long word': (length, variant) => fill(length, (i) => (i === 0 ? letters(variant) : 'Buongiorno')),
  'many distinct long words': (length, variant) => fill(length, (i) => `parola${letters(variant * 100_000 + i)}lunghissimaeccessiva `),
  'digits and letters mixed': (length, variant) => fill(length, (i) => `a${variant}${i}b${i * 7}c `),
  'shorthand soup': (length, variant) => fill(length, (i) => `${SOUP[i % SOUP.length]}${i % 50 === 0 ? letters(variant) : ''} `),
  'ordinary prose': (length, variant) => fill(length, (i) => (i === 0 ? `${letters(variant)} ` : PROSE)),
  // Thousands of one-line questions: every sentence start is read for the register's question rules.
  'many short questions': (length, variant) => fill(length, (i) => (i === 0 ? `${letters(variant)}? ` : 'È sicuro? ')),
  // What entities are made of, with no space to end a run: codes, times, dates, addresses and links all start everywhere.
  'digits, dashes, dots, @ and colons': (length, variant) => fill(length, (i) => (i === 0 ? letters(variant) : `${i % 100}${JOINERS[i % JOINERS.length]}`)),
  'one run of digits': (length, variant) => fill(length, (i) => (i === 0 ? `${letters(variant)} ` : '7')),
  'entities in every sentence': (length, variant) => fill(length, (i) => (i === 0 ? `${letters(variant)} ` : ENTITIES)),
};
