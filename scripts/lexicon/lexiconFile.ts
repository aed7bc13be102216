import type { ItalianLexicon } from '../../src/engine/language/it/morphology/italianLexicon.ts';

export const LEXICON_FILE = new URL('../../src/engine/language/it/morphology/lexicon.json', import.meta.url);

/** One paradigm table per line: small diffs when the source changes, no indentation to pay for. */
export function serializeLexicon(lexicon: ItalianLexicon): string {
  const lines = Object.entries(lexicon).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
