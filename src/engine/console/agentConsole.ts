import type { CompiledScenario } from '../compileScenario.ts';
import { getLanguageData } from '../language/locales.ts';
import type { Phase } from '../scenario/phases.ts';

/** A canned reply ready to insert: its placeholders filled in from the scenario. */
export interface ConsoleCannedReply {
  label: string;
  text: string;
  phases: readonly Phase[];
  complaints: boolean;
}

/** What the agent's console shows beside the chat (seed 004: the agent has the context the customer need not repeat). */
export interface AgentConsole {
  record: { label: string; value: string }[];
  canned: ConsoleCannedReply[];
}

const consoles = new WeakMap<CompiledScenario, AgentConsole>();

/**
 * The console of a scenario: its record lines, and the language's canned replies in the brand's
 * register followed by the scenario's own. Needs the locale's pack (prepareLocale) to be loaded.
 */
export function agentConsole(compiled: CompiledScenario): AgentConsole {
  let made = consoles.get(compiled);
  if (made) return made;
  const { scenario } = compiled;
  const values: Record<string, string> = { agent: scenario.agent, company: scenario.company, customer: scenario.customer.name };
  const fill = (text: string) => text.replace(/\{(agent|company|customer)\}/g, (_, key: string) => values[key]!);
  const defaults = getLanguageData(scenario.locale).cannedReplies[scenario.register];
  made = {
    record: scenario.console.record.map((line) => ({ label: line.label, value: line.value ?? scenario.facts[line.fact!]?.value ?? '' })),
    canned: [...defaults, ...scenario.console.canned].map((canned) => ({ label: canned.label, text: fill(canned.text), phases: canned.phases, complaints: canned.complaints })),
  };
  consoles.set(compiled, made);
  return made;
}

const comparable = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The canned reply a reply is, word for word (case and spacing aside): one sent without editing it. */
export function uneditedCanned(compiled: CompiledScenario, text: string): ConsoleCannedReply | undefined {
  const sent = comparable(text);
  return agentConsole(compiled).canned.find((canned) => comparable(canned.text) === sent);
}
