import type { LanguageData } from '../language/languageDataSchema.ts';
import { normalizeWord } from './normalizeWord.ts';

/** A word of the reply, with its place in the raw text. */
export interface Token {
  /** As typed. */
  raw: string;
  /** Lower case with apostrophes unified, nothing else changed (spelling checks need the typed form). */
  lower: string;
  /** Lower case, accent apostrophes fixed, letter runs shortened. */
  norm: string;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  sentenceStart: boolean;
  /** Where a capital letter carries no meaning: sentence start, after a quote, colon or parenthesis. */
  capitalExpected: boolean;
  /** First token after a clause break (punctuation). */
  clauseStart: boolean;
  /** A word spelled out from typed shorthand (grz → grazie); `raw` and `lower` keep what was typed. */
  expanded: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** Sentence indexes that end with a question mark. */
  questionSentences: Set<number>;
}

// Letters, marks and digits, hyphen-joined parts, then an optional trailing '%' or apostrophe. An
// English "n't" stays in its word, so that "can't" is one negation, not 'can'' and 't'.
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*(?:%|(?<=n)['’‘`´]t(?![\p{L}\p{M}\p{N}])|['’‘`´])?/gu;
const APOSTROPHES = /['’‘`´]/g;
const SENTENCE_BREAK = /[.!?…\n]/;
const CLAUSE_BREAK = /[.!?…\n,;:()"«»“”[\]—–]|\s-\s/;
const CAPITAL_AFTER = /["«“(:]/;
const LETTER_AFTER = /^[\p{L}\p{N}]/u;

const NUMBER_RANGE = /^\d+(?:-\d+)+$/;

/** The words of the text; a range of numbers ('9-13') is its numbers, as 'dalle 9 alle 13' is. */
function* wordMatches(text: string): Generator<{ 0: string; index: number }> {
  for (const m of text.matchAll(WORD)) {
    if (!NUMBER_RANGE.test(m[0])) {
      yield { 0: m[0], index: m.index };
      continue;
    }
    let at = m.index;
    for (const part of m[0].split('-')) {
      yield { 0: part, index: at };
      at += part.length + 1;
    }
  }
}

export function tokenize(text: string, data: LanguageData): Tokenized {
  const tokens: Token[] = [];
  const questionSentences = new Set<number>();
  let sentence = 0;
  let prevEnd = 0;
  let first = true;
  for (const m of wordMatches(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const gap = text.slice(prevEnd, start);
    let sentenceStart = first;
    let clauseStart = first;
    if (!first) {
      if (SENTENCE_BREAK.test(gap)) {
        if (gap.includes('?')) questionSentences.add(sentence);
        sentence++;
        sentenceStart = true;
      }
      clauseStart = sentenceStart || CLAUSE_BREAK.test(gap);
    }
    const lower = raw.toLowerCase().replace(APOSTROPHES, "'");
    const followedByLetter = LETTER_AFTER.test(text.slice(end, end + 1));
    tokens.push({
      raw,
      lower,
      norm: normalizeWord(lower, followedByLetter, data),
      start,
      end,
      sentence,
      sentenceStart,
      capitalExpected: sentenceStart || CAPITAL_AFTER.test(gap),
      clauseStart,
      expanded: false,
    });
    prevEnd = end;
    first = false;
  }
  if (text.slice(prevEnd).includes('?')) questionSentences.add(sentence);
  return { tokens, questionSentences };
}

/**
 * The text of each sentence as the tokenizer counts them, from its first word to where the next
 * sentence's first word starts (so a sentence keeps its own '?'). Text before the first word is dropped.
 */
export function sentenceTexts(text: string, { tokens }: Tokenized): string[] {
  const starts = tokens.filter((token) => token.sentenceStart).map((token) => token.start);
  return starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length).trim());
}
