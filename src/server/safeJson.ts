const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON whose strings cannot close a script tag or start markup even if a browser sniffs it as
 * HTML: nicknames are user text. The escapes decode to the same string.
 */
export function safeJson(payload: unknown): string {
  return JSON.stringify(payload).replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
