import { isProfane } from './profanity.ts';

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 24;

/**
 * Invisible characters that could fake another trainee's name or reorder the text around it:
 * format characters (bidirectional marks and isolates, zero-width spaces and joiners, BOM, soft
 * hyphen), controls that are not whitespace, and the Hangul fillers that render as nothing.
 */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u034F]|(?![\t\n\v\f\r])\p{Cc}/gu;

export type NicknameResult = { ok: true; nickname: string; key: string } | { ok: false; error: 'invalid-nickname' | 'profane-nickname'; message: string };

const segmenter = new Intl.Segmenter('it', { granularity: 'grapheme' });
const graphemes = (text: string) => [...segmenter.segment(text)].length;

/** What is stored and shown: NFKC, invisible characters removed, whitespace collapsed, trimmed. */
export function normaliseNickname(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** The uniqueness key: two nicknames that differ only in case are the same trainee. */
export const nicknameKey = (nickname: string) => nickname.toLocaleLowerCase('it');

/** Checks a nickname; the profanity filter applies unless `filter` is false (the trainer's say). */
export function checkNickname(raw: string, options: { filter: boolean }): NicknameResult {
  const nickname = normaliseNickname(raw);
  const length = graphemes(nickname);
  if (length < NICKNAME_MIN || length > NICKNAME_MAX) {
    return { ok: false, error: 'invalid-nickname', message: `A nickname has ${NICKNAME_MIN} to ${NICKNAME_MAX} characters.` };
  }
  if (options.filter && isProfane(nickname)) return { ok: false, error: 'profane-nickname', message: 'This nickname is not allowed in the class; please choose another.' };
  return { ok: true, nickname, key: nicknameKey(nickname) };
}
