import type { Token } from './tokenize.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /\s+/g;
const APOSTROPHES = /['’‘`´]/g;

/** The reply's text with every word normalised and spaces unified, punctuation kept. */
export function normalizeText(text: string, tokens: readonly Token[]): string {
  let out = '';
  let prev = 0;
  for (const t of tokens) {
    out += text.slice(prev, t.start).toLowerCase().replace(APOSTROPHES, "'") + t.norm;
    prev = t.end;
  }
  out += text.slice(prev).toLowerCase();
  return out.replace(CONTROL, ' ').replace(SPACES, ' ').trim();
}
