import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Shorthand → the normalised words of its full form; shorthand that should simply go is left out. */
const expansions = perLanguage((data): Map<string, string[]> => {
  const map = new Map<string, string[]>();
  for (const [short, full] of Object.entries(data.style.shorthand)) {
    const words = tokenize(full.toLowerCase(), data).tokens.map((t) => t.norm);
    if (words.length > 0) map.set(short, words);
  }
  return map;
});

/**
 * The tokens with typed shorthand spelled out (cmq → comunque, x → per), so intents and the
 * register's context rules read 'grz x la pazienza' like 'grazie per la pazienza'.
 * Spelled-out words keep the place, raw and lower form of what was typed, so cues still point
 * at the text. Returns the same array when there is nothing to expand.
 */
export function expandShorthand(tokens: Token[], data: LanguageData): Token[] {
  const map = expansions(data);
  if (!tokens.some((t) => map.has(t.norm))) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const words = map.get(t.norm);
    if (!words) {
      out.push(t);
      continue;
    }
    words.forEach((norm, k) => out.push(k === 0 ? { ...t, norm, expanded: true } : { ...t, norm, expanded: true, sentenceStart: false, clauseStart: false, capitalExpected: false }));
  }
  return out;
}
