/** One replacement that turns a text into another. */
export interface TextPatch {
  from: number;
  to: number;
  insert: string;
}

/**
 * The smallest single replacement from `before` to `after`: their common start and end are kept.
 * Applying only the changed middle lets the editor keep the cursor, the selection and the scroll
 * where they were when a form edit or an undo replaces the text from outside.
 */
export function textPatch(before: string, after: string): TextPatch | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair: an emoji half-replaced would read as garbage.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
