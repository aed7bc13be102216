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
    return { ok: false, problems: [{ file, line: 1, column: 1, message: 'a scenario is a mapping of keys (id, locale, title, states, ...), found ' + (Array.isArray(source.value) ? 'a list' : 'nothing') }] };
  }

  const parsed = ScenarioSchema.safeParse(source.value);
  if (!parsed.success) {
    return { ok: false, problems: sortProblems(toProblems(describeIssues(parsed.error.issues, [], source.value), source)) };
  }
  const meaning = checkScenario(parsed.data);
  if (meaning.length > 0) return { ok: false, problems: sortProblems(toProblems(meaning, source)) };
  return { ok: true, scenario: parsed.data, problems: [] };
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
