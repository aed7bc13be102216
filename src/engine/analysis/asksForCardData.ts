import type { ReplyAnalysis } from './replyAnalysis.ts';

/**
 * A sentence that names card data and asks for it ('Mi indica il numero della carta e il CVV?'), not
 * one that names it to reassure ('non Le chiederò mai i dati della carta') or states a fact.
 */
export function asksForCardData(analysis: Pick<ReplyAnalysis, 'intentSentences' | 'requestSentences'>): boolean {
  const requests = new Set(analysis.requestSentences);
  return (analysis.intentSentences['card-data'] ?? []).some((sentence) => requests.has(sentence));
}
