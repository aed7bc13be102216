import { describeIssues, type DescribedIssue } from './describeIssue.ts';
import { checkScenario } from './checkScenario.ts';
import { sortProblems, type Problem } from './problem.ts';
import { ScenarioSchema, type Scenario } from './scenarioSchema.ts';
import { parseYamlSource, type YamlSource } from './yamlSource.ts';

export type LoadResult = { ok: true; scenario: Scenario; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Reads a scenario from YAML text: syntax, then shape, then meaning. Every problem found is
 * reported with its file:line:column; nothing throws on bad input.
 */
export function loadScenario(text: string, file = 'scenario.yaml'): LoadResult {
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) return { ok: false, problems: sortProblems(source.problems) };
  if (source.value === null || source.value === undefined || typeof source.value !== 'object' || Array.isArray(source.value)) {
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, message: 'a scenario is a mapping of keys (id, locale, title, states, ...), found ' + (Array.isArray(source.value) ? 'a list' : 'nothing') }],
    };
  }

  const parsed = ScenarioSchema.safeParse(source.value);
  if (!parsed.success) {
    const shape = describeIssues(parsed.error.issues, [], source.value);
    return { ok: false, problems: sortProblems(toProblems([...shape, ...meaningDespiteShape(source.value as Record<string, unknown>)], source)) };
  }
  const meaning = checkScenario(parsed.data);
  if (meaning.length > 0) return { ok: false, problems: sortProblems(toProblems(meaning, source)) };
  return { ok: true, scenario: parsed.data, problems: [] };
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
