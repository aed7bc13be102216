import { tokenize } from '../analysis/tokenize.ts';
import { getLanguageData } from '../language/locales.ts';
import type { Scenario } from './scenarioSchema.ts';

/**
 * The words a scenario's author wrote to name things, lower-cased: the company, the agent, the
 * customer, the title and brief, intents, facts, lists, and the better phrasings of its rules. A
 * trainee who writes them is not misspelling (FibraNet, Aurora, the plate), whatever the
 * dictionary knows. The customer's own lines are left out: a persona may write carelessly on purpose.
 */
export function scenarioVocabulary(scenario: Scenario): ReadonlySet<string> {
  const texts: string[] = [scenario.title, scenario.brief, scenario.company, scenario.agent, scenario.customer.name];
  texts.push(...Object.values(scenario.lists).flat());
  for (const intent of Object.values(scenario.intents)) texts.push(...intent.examples, ...intent.keywords);
  for (const fact of Object.values(scenario.facts)) texts.push(fact.value ?? '', ...fact.keywords);
  const { forbidden, required, contradictions } = scenario.policy;
  for (const rule of [...forbidden, ...required, ...contradictions]) texts.push(rule.better);
  for (const rule of forbidden) texts.push(...(rule.keywords ?? []));
  for (const state of Object.values(scenario.states)) for (const expectation of state.expect ?? []) texts.push(expectation.better);
  const data = getLanguageData(scenario.locale);
  return new Set(texts.flatMap((text) => tokenize(text, data).tokens.map((token) => token.norm)));
}
