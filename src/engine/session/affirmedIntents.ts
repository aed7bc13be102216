import { analyzeReply } from '../analysis/analyzeReply.ts';
import { opensWithYes, yesNoQuestion } from '../analysis/yesNoAnswer.ts';
import type { CompiledScenario } from '../compileScenario.ts';
import { getLanguageData } from '../language/locales.ts';

/**
 * The customer's yes/no question still waiting for the agent after `message`: a customer's
 * question replaces it (an open one leaves none), the agent's reply answers it, anything else keeps it.
 */
export function openQuestionAfter(open: string | undefined, message: { from: 'customer' | 'agent' | 'onlooker'; text: string }, compiled: CompiledScenario): string | undefined {
  if (message.from === 'agent') return undefined;
  if (message.from === 'customer' && message.text.includes('?')) return yesNoQuestion(message.text, getLanguageData(compiled.scenario.locale));
  return open;
}

/**
 * A reply that opens with a bare yes to the customer's yes/no question states what was asked
 * ('Quindi il rinnovo è andato a buon fine?' 'Sì.'): the scenario's intents the question names,
 * except requests, which a customer's words cannot make the agent's.
 */
export function affirmedIntents(compiled: CompiledScenario, openQuestion: string | undefined, reply: string): string[] {
  const { locale } = compiled.scenario;
  if (openQuestion === undefined || !opensWithYes(reply, getLanguageData(locale))) return [];
  const question = analyzeReply(openQuestion, locale, { vocabulary: compiled.vocabulary });
  return compiled.intents.match(question).filter((intent) => compiled.scenario.intents[intent]?.act !== 'request');
}
