import { getLanguageData } from '../language/locales.ts';
import { perLanguage } from '../language/perLanguage.ts';
import type { ReplyAnalysis } from './replyAnalysis.ts';

/** The resuming pronouns as word lists, split once per locale rather than on every reply. */
const resumingPronouns = perLanguage((data) => data.resumingPronouns.map((pronoun) => pronoun.split(' ')));

/**
 * A sentence that names card data and asks for it ('Mi indica il numero della carta e il CVV?'), or
 * names it and the next sentence asks for it by a pronoun ('…scadenza e CVV. Me li scriva qui.'),
 * not one that names it to reassure ('non Le chiederò mai i dati della carta') or states a fact.
 */
export function asksForCardData(analysis: Pick<ReplyAnalysis, 'locale' | 'intentSentences' | 'requestSentences' | 'tokens' | 'tokenSentences'>): boolean {
  const pronouns = resumingPronouns(getLanguageData(analysis.locale));
  const cardSentences = analysis.intentSentences['card-data'];
  if (cardSentences === undefined) return false;
  const requests = new Set(analysis.requestSentences);
  const { tokens, tokenSentences } = analysis;
  const resumes = (sentence: number) =>
    tokens.some((_, at) => tokenSentences[at] === sentence && pronouns.some((words) => words.every((word, k) => tokens[at + k] === word && tokenSentences[at + k] === sentence)));
  return cardSentences.some((sentence) => requests.has(sentence) || (requests.has(sentence + 1) && resumes(sentence + 1)));
}
