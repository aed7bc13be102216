import { graphemeCount, normaliseDisplayText } from './displayText.ts';
import { lookalikeKey, mixesLookalikeScripts } from './lookalikes.ts';
import { isProfane } from './profanity.ts';

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 24;

type Refusal = { ok: false; error: 'invalid-nickname' | 'mixed-script-nickname' | 'profane-nickname'; message: string };
export type NicknameResult = { ok: true; nickname: string; key: string } | Refusal;

/** What is stored and shown: NFKC, invisible characters removed, whitespace collapsed, trimmed. */
export const normaliseNickname = normaliseDisplayText;

/** The uniqueness key: nicknames that differ only in case or in look-alike letters are the same trainee. */
export const nicknameKey = lookalikeKey;

/** The nickname as stored, and its key; refused when its length is out of bounds. */
export function readNickname(raw: string): NicknameResult {
  const nickname = normaliseNickname(raw);
  const length = graphemeCount(nickname);
  if (length < NICKNAME_MIN || length > NICKNAME_MAX) {
    return { ok: false, error: 'invalid-nickname', message: `A nickname has ${NICKNAME_MIN} to ${NICKNAME_MAX} characters.` };
  }
  return { ok: true, nickname, key: nicknameKey(nickname) };
}

/**
 * Why a read nickname may not be used, if it may not. Look-alike letters from another alphabet
 * inside a word are refused whoever chooses the name: they only serve to pass for someone else.
 * The profanity filter applies unless `filter` is false (the trainer's say).
 */
export function refusalOf(read: { nickname: string; key: string }, options: { filter: boolean }): Refusal | undefined {
  if (mixesLookalikeScripts(read.nickname)) {
    return {
      ok: false,
      error: 'mixed-script-nickname',
      message: 'This nickname mixes alphabets in one word (such as a Cyrillic letter that looks like a Latin one); write each word in a single alphabet.',
    };
  }
  // Read as written, and with look-alike letters read as the Latin ones they imitate ('ѕһіт').
  if (options.filter && (isProfane(read.nickname) || isProfane(read.key)))
    return { ok: false, error: 'profane-nickname', message: 'This nickname is not allowed in the class; please choose another.' };
  return undefined;
}

/** Reads and checks a nickname in one go. */
export function checkNickname(raw: string, options: { filter: boolean }): NicknameResult {
  const read = readNickname(raw);
  return read.ok ? (refusalOf(read, options) ?? read) : read;
}
