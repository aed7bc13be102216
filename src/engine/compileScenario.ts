import { createIntentMatcher } from './analysis/createIntentMatcher.ts';
import type { BuiltInIntent, IntentDefinition, IntentMatcher } from './analysis/replyAnalysis.ts';
import { compilePersona, type PersonaMachine } from './persona/compilePersona.ts';
import type { Scenario } from './scenario/scenarioSchema.ts';
import { scenarioVersion } from './scenario/scenarioVersion.ts';
import { scenarioTexts } from './scenario/scenarioTexts.ts';
import { TopicReader, type Topic } from './analysis/topics.ts';
import { PhraseSet } from './analysis/phraseSet.ts';
import { linesTexts } from './persona/chooseLines.ts';
import { getLanguageData } from './language/locales.ts';
import { scenarioVocabulary } from './scenario/scenarioVocabulary.ts';
import { refList } from './scenario/refList.ts';

/** Everything a session needs from a scenario, built once and shared by every session on it. */
export interface CompiledScenario {
  scenario: Scenario;
  version: string;
  persona: PersonaMachine;
  intents: IntentMatcher;
  /** Keywords naming each fact, named lists expanded. */
  factKeywords: Record<string, string[]>;
  /** Each fact's value, squeezed for comparison (lower case, letters and digits only). */
  factValues: Record<string, string>;
  /** Keywords of each forbidden policy rule, named lists expanded. */
  forbiddenKeywords: Record<string, string[]>;
  /** The scenario's own jargon, looked up in each reply beside the language's. */
  jargon: PhraseSet;
  /** Reads whether a reply takes up a topic in its own words, weighing words by the scenario's own texts. */
  topics: TopicReader;
  /** What each expectation's follow-up asks about (by `state/id`): its question and its better reply. */
  followUpTopics: Record<string, Topic>;
  /** The words the author wrote to name things (company, products, people), never a trainee's typo. */
  vocabulary: ReadonlySet<string>;
}

/** Lower case letters and digits only, so 'FG 482 LM' and 'fg482lm' compare equal. */
export const squeeze = (text: string) => text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Needs met only by the value itself: asked for a reference number, a reply about it that gives none
 * ('troverà tutti i riferimenti nella email') has taken up the topic but not answered.
 */
const VALUE_INTENTS: ReadonlySet<string> = new Set<BuiltInIntent>(['reference-number']);

export function compileScenario(scenario: Scenario): CompiledScenario {
  const expand = (keywords: readonly string[]) => keywords.flatMap((keyword) => (keyword.startsWith('@') ? (scenario.lists[keyword.slice(1)] ?? []) : [keyword]));
  const definitions: Record<string, IntentDefinition> = {};
  for (const [name, intent] of Object.entries(scenario.intents))
    definitions[name] = { examples: intent.examples, keywords: expand(intent.keywords), entities: intent.entities, ...(intent.act ? { act: intent.act } : {}) };
  const topics = new TopicReader(scenarioTexts(scenario), getLanguageData(scenario.locale));
  const followUpTopics: Record<string, Topic> = {};
  for (const [name, state] of Object.entries(scenario.states)) {
    for (const expectation of state.expect ?? []) {
      if (refList(expectation.intent).every((intent) => VALUE_INTENTS.has(intent))) continue;
      followUpTopics[`${name}/${expectation.id}`] = topics.topic([...linesTexts(expectation.followUp), expectation.better]);
    }
  }
  return {
    scenario,
    version: scenarioVersion(scenario),
    persona: compilePersona(scenario),
    intents: createIntentMatcher(definitions, scenario.locale),
    factKeywords: Object.fromEntries(Object.entries(scenario.facts).map(([name, fact]) => [name, expand(fact.keywords)])),
    factValues: Object.fromEntries(Object.entries(scenario.facts).flatMap(([name, fact]) => (fact.value ? [[name, squeeze(fact.value)]] : []))),
    forbiddenKeywords: Object.fromEntries(scenario.policy.forbidden.map((rule) => [rule.id, expand(rule.keywords ?? [])])),
    jargon: new PhraseSet(
      scenario.jargon.map((term) => [term, term] as const),
      getLanguageData(scenario.locale),
      'norm',
    ),
    topics,
    followUpTopics,
    vocabulary: scenarioVocabulary(scenario),
  };
}
