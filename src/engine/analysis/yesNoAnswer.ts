import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';
import { sentenceTexts, tokenize } from './tokenize.ts';

const words = perLanguage((data) => ({ affirmatives: new Set(data.affirmatives), open: new Set(data.openQuestionWords) }));

/**
 * The yes/no question a message ends on ('Quindi il rinnovo è andato a buon fine?'), or undefined:
 * its last sentence asks, and no open-question word ('quando', 'come') makes it want more than a yes.
 */
export function yesNoQuestion(text: string, data: LanguageData): string | undefined {
  const tokenized = tokenize(text, data);
  const sentences = sentenceTexts(text, tokenized);
  const last = sentences[sentences.length - 1];
  if (last === undefined || !last.endsWith('?')) return undefined;
  const { open } = words(data);
  const lastSentence = tokenized.tokens[tokenized.tokens.length - 1]?.sentence;
  return tokenized.tokens.some((token) => token.sentence === lastSentence && open.has(token.norm)) ? undefined : last;
}

/** The reply opens with a yes standing on its own ('Sì.', 'Certo, è rinnovata'), not 'Certo cosa?' or 'Si è rinnovata'. */
export function opensWithYes(text: string, data: LanguageData): boolean {
  const [first, next] = tokenize(text, data).tokens;
  return first !== undefined && words(data).affirmatives.has(first.norm) && (next === undefined || next.clauseStart);
}
