import { graphemeCount, normaliseDisplayText } from './displayText.ts';

export const CLASS_NAME_MAX = 80;

export type ClassNameResult = { ok: true; name: string } | { ok: false; message: string };

/** A class name is shown on every screen of the class, so it is cleaned like a nickname. */
export function checkClassName(raw: string): ClassNameResult {
  const name = normaliseDisplayText(raw);
  if (name === '') return { ok: false, message: 'The class name has no visible characters; give it a name people can read.' };
  if (graphemeCount(name) > CLASS_NAME_MAX) return { ok: false, message: `A class name has at most ${CLASS_NAME_MAX} characters.` };
  return { ok: true, name };
}
