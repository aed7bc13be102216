import { z } from 'zod';
import { describeIssues } from '../scenario/describeIssue.ts';
import { sortProblems, type Problem } from '../scenario/problem.ts';
import { ReplySchema, type Reply } from '../scenario/scenarioSchema.ts';
import { parseYamlSource } from '../scenario/yamlSource.ts';

export const RepliesFileSchema = z.object({ replies: z.array(ReplySchema).max(500) }).strict();

/**
 * Reads a replies file, JSON or YAML (JSON is read as YAML, so its errors get a line and column):
 * `{"replies": [{"delay": 4.5, "text": "Buongiorno..."}]}`.
 */
export function loadReplies(text: string, file: string): { ok: true; replies: Reply[] } | { ok: false; problems: Problem[] } {
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) return { ok: false, problems: source.problems };
  const parsed = RepliesFileSchema.safeParse(source.value);
  if (parsed.success) return { ok: true, replies: parsed.data.replies };
  const problems = describeIssues(parsed.error.issues, [], source.value).map((issue) => {
    const { line, column } = source.locate(issue.path, issue.key);
    const where = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    const hint = issue.path.length === 0 && !issue.key ? ' (a replies file looks like {"replies": [{"delay": 4.5, "text": "Buongiorno..."}]})' : '';
    return { file, line, column, message: `${issue.message}${where}${hint}` };
  });
  return { ok: false, problems: sortProblems(problems) };
}
