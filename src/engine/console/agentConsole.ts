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

/** A line of the customer's record, as the agent's console shows it beside the chat. */
export interface RecordEntry {
  label: string;
  value: string;
}

/** What the company's system shows about the customer (seed 004: the agent has the context the customer need not repeat). */
export function customerRecord(compiled: CompiledScenario): RecordEntry[] {
  const { scenario } = compiled;
  return scenario.console.record.map((line) => ({ label: line.label, value: line.value ?? scenario.facts[line.fact!]?.value ?? '' }));
}

const cannedByScenario = new WeakMap<CompiledScenario, ConsoleCannedReply[]>();

/**
 * The console's canned replies: the language's stock in the brand's register, then the scenario's
 * own. Needs the locale's pack (prepareLocale) to be loaded.
 */
export function cannedReplies(compiled: CompiledScenario): ConsoleCannedReply[] {
  let made = cannedByScenario.get(compiled);
  if (made) return made;
  const { scenario } = compiled;
  const values: Record<string, string> = { agent: scenario.agent, company: scenario.company, customer: scenario.customer.name };
  const fill = (text: string) => text.replace(/\{(agent|company|customer)\}/g, (_, key: string) => values[key]!);
  made = [...getLanguageData(scenario.locale).cannedReplies[scenario.register], ...scenario.console.canned].map((canned) => ({
    label: canned.label,
    text: fill(canned.text),
    phases: canned.phases,
    complaints: canned.complaints,
  }));
  cannedByScenario.set(compiled, made);
  return made;
}

const comparable = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
const cannedByText = new WeakMap<CompiledScenario, Map<string, ConsoleCannedReply>>();

/** The canned reply a reply is, word for word (case and spacing aside): one sent without editing it. */
export function uneditedCanned(compiled: CompiledScenario, text: string): ConsoleCannedReply | undefined {
  let byText = cannedByText.get(compiled);
  if (!byText) {
    byText = new Map(cannedReplies(compiled).map((canned) => [comparable(canned.text), canned]));
    cannedByText.set(compiled, byText);
  }
  return byText.get(comparable(text));
}
