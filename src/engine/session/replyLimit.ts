/**
 * The longest agent reply, counted in UTF-16 code units as a browser's `maxlength` counts them.
 * Nobody types more than this into a chat line (the longest expert reply we have seen is about
 * 600), and the bound keeps a session's work and its stored log small. The reply box stops at it,
 * the server refuses longer replies before any work, and the engine cuts anything longer.
 */
export const MAX_REPLY_LENGTH = 2000;

/** `text` cut to the limit, never through a surrogate pair (half a pair is not text). */
export function cutReply(text: string): string {
  if (text.length <= MAX_REPLY_LENGTH) return text;
  const high = text.charCodeAt(MAX_REPLY_LENGTH - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? MAX_REPLY_LENGTH - 1 : MAX_REPLY_LENGTH);
}
