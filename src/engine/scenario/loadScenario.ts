import { describeIssues, type DescribedIssue } from './describeIssue.ts';
import { checkScenario } from './checkScenario.ts';
import { sortProblems, type Problem } from './problem.ts';
import { ScenarioSchema, type Scenario } from './scenarioSchema.ts';
import { parseYamlSource, type YamlSource } from './yamlSource.ts';
import { authorMessage, type AuthorLanguage } from './authorMessages.ts';
import { suggestKey } from './suggestKey.ts';
import type { YamlTrap } from './yamlTraps.ts';
import { compileScenario } from '../compileScenario.ts';
import { intentWarnings } from '../explain/intentWarnings.ts';

/** `warnings`: what works but likely not as meant (a text cut at '#', two intents' examples overlapping); they never stop a scenario. */
export type LoadResult = { ok: true; scenario: Scenario; problems: []; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

export interface LoadOptions {
  /** The language of the problems' advice (English by default). */
  language?: AuthorLanguage;
  /** Also read the scenario's examples and test replies for overlapping intents and matches under a negation: needs the locale's pack (prepareLocale). */
  checkIntents?: boolean;
}

/**
 * Reads a scenario from YAML text: syntax, then shape, then meaning. Every problem found is
 * reported with its file:line:column; nothing throws on bad input.
 */
export function loadScenario(text: string, file = 'scenario.yaml', options: LoadOptions = {}): LoadResult {
  const language = options.language ?? 'en';
  const source = parseYamlSource(text, file, { language });
  if (source.problems.length > 0) return { ok: false, problems: sortProblems(source.problems), warnings: [] };
  if (source.value === null || source.value === undefined || typeof source.value !== 'object' || Array.isArray(source.value)) {
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, message: 'a scenario is a mapping of keys (id, locale, title, states, ...), found ' + (Array.isArray(source.value) ? 'a list' : 'nothing') }],
      warnings: [],
    };
  }
  const traps = [...source.traps];

  const parsed = ScenarioSchema.safeParse(source.value);
  if (!parsed.success) {
    const shape = adviseShape(describeIssues(parsed.error.issues, [], source.value), traps, language);
    return { ok: false, problems: sortProblems(toProblems([...shape, ...meaningDespiteShape(source.value as Record<string, unknown>)], source)), warnings: trapWarnings(traps, source) };
  }
  const meaning = checkScenario(parsed.data);
  if (meaning.length > 0) return { ok: false, problems: sortProblems(toProblems(meaning, source)), warnings: trapWarnings(traps, source) };
  const intents = options.checkIntents ? toProblems(intentWarnings(compileScenario(parsed.data), language), source) : [];
  return { ok: true, scenario: parsed.data, problems: [], warnings: sortProblems([...trapWarnings(traps, source), ...intents]) };
}

/**
 * The schema's complaints in the author's terms: where a YAML trap made the value (a text cut in
 * two by a comma, a mapping out of 'Perfetto: grazie'), its advice replaces the complaint and the
 * trap is spent; an unknown key gets the allowed key it most likely misspells.
 */
function adviseShape(issues: DescribedIssue[], traps: YamlTrap[], language: AuthorLanguage): DescribedIssue[] {
  const spent = new Set<string>();
  const advised = issues.flatMap((issue): DescribedIssue[] => {
    const trap = traps.find((candidate) => candidate.path.length <= issue.path.length && candidate.path.every((key, i) => String(key) === String(issue.path[i])));
    if (trap) {
      // One piece of advice for the pieces of one trap ('9' and '99' of '9,99').
      if (spent.has(trap.message)) return [];
      spent.add(trap.message);
      return [{ path: trap.path, message: trap.message }];
    }
    if (issue.key === undefined) return [issue];
    const unknown = authorMessage(language, 'schema.unknown-key', { key: issue.key });
    const suggestion = suggestKey(issue.key, issue.path);
    return [{ ...issue, message: suggestion === undefined ? unknown : authorMessage(language, 'schema.did-you-mean', { message: unknown, suggestion }) }];
  });
  // What the schema refused is said once above; the traps left are warnings.
  traps.splice(0, traps.length, ...traps.filter((trap) => !spent.has(trap.message)));
  return advised;
}

/** Traps nothing refused: the value was changed silently, so they are warned about. */
function trapWarnings(traps: readonly YamlTrap[], source: YamlSource): Problem[] {
  const seen = new Set<string>();
  return traps.flatMap((trap) => {
    if (seen.has(trap.message)) return [];
    seen.add(trap.message);
    return [{ file: source.file, ...source.at(trap.offset), message: trap.message }];
  });
}

const COLLECTION_DEFAULTS = {
  lists: {},
  intents: {},
  facts: {},
  anytime: [],
  defaults: { silence: [] },
  policy: { forbidden: [], required: [], contradictions: [] },
  console: { record: [], canned: [] },
};

/**
 * Names that point nowhere are worth reporting even when the file has shape problems too, so the
 * author fixes everything in one pass. Where the shape is too broken to read, this finds nothing.
 */
function meaningDespiteShape(value: Record<string, unknown>): DescribedIssue[] {
  try {
    const policy = { ...COLLECTION_DEFAULTS.policy, ...(value.policy as object | undefined) };
    const defaults = { ...COLLECTION_DEFAULTS.defaults, ...(value.defaults as object | undefined) };
    const agentConsole = { ...COLLECTION_DEFAULTS.console, ...(value.console as object | undefined) };
    const withDefaults = { ...COLLECTION_DEFAULTS, ...value, policy, defaults, console: agentConsole } as unknown as Scenario;
    return checkScenario(withDefaults).filter((issue) => !issue.message.startsWith('from the state') && !issue.message.startsWith('dead end'));
  } catch {
    return [];
  }
}

function toProblems(issues: DescribedIssue[], source: YamlSource): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const { line, column } = source.locate(issue.path, issue.key);
    const where = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    const problem = { file: source.file, line, column, message: `${issue.message}${where}` };
    const id = `${line}:${column}:${problem.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return problems;
}
