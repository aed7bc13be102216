/**
 * Invisible characters that could fake another name or reorder the text around it: format
 * characters (bidirectional marks and isolates, zero-width spaces and joiners, BOM, soft hyphen),
 * controls that are not whitespace, and the Hangul fillers that render as nothing.
 */
// The combining grapheme joiner (U+034F) is listed on purpose: it is invisible on its own.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u034F]|(?![\t\n\v\f\r])\p{Cc}/gu;

/**
 * A zero-width joiner between two pictographs (after any skin tone or emoji presentation
 * selector) draws one emoji, as in 👩‍💻; anywhere else it is invisible.
 */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)\u200D(?=\p{Extended_Pictographic})/uy;

function joinsEmoji(text: string, offset: number): boolean {
  EMOJI_JOINER.lastIndex = offset;
  return EMOJI_JOINER.test(text);
}

const segmenter = new Intl.Segmenter('it', { granularity: 'grapheme' });

/** Length as people count it: 👩🏽 and é (e + accent) are one character each. */
export const graphemeCount = (text: string) => [...segmenter.segment(text)].length;

/** What is stored and shown for a name: NFKC, invisible characters removed, whitespace collapsed, trimmed. */
export function normaliseDisplayText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(INVISIBLE, (character: string, offset: number, text: string) => (character === '\u200D' && joinsEmoji(text, offset) ? character : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}
