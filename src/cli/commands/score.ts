import { formatProblem, loadReplies, replayReplies, scoreSession, type AuthorLanguage, type Reply, type SessionStart } from '../../engine/index.ts';
import { formatReport } from '../formatReport.ts';
import { formatExplanation } from '../formatExplanation.ts';
import { readText, requireScenario, UsageError, UserError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';

/**
 * `galateo score <scenario> <replies> [--json] [--seed N] [--explain]`, or
 * `galateo score --test NAME <scenario>`: replays the replies (or the scenario's own test
 * conversation, with its seed) and prints the report; `--explain` adds what was read in each reply.
 */
export function score(args: string[], options: { json: boolean; seed: number; explain: boolean; test?: string | undefined; language: AuthorLanguage }): number {
  const [scenarioFile, repliesFile, ...rest] = args;
  const fromTest = options.test !== undefined;
  if (!scenarioFile || (fromTest ? repliesFile !== undefined : !repliesFile) || rest.length > 0) throw new UsageError(usageOf('score'));
  const compiled = requireScenario(scenarioFile, options.language);
  let replies: Reply[];
  let seed = options.seed;
  let start: SessionStart | undefined;
  if (fromTest) {
    const test = compiled.scenario.tests.find((candidate) => candidate.name === options.test);
    if (!test) throw new UserError(`${scenarioFile}: no test conversation named "${options.test}" (tests: ${compiled.scenario.tests.map((t) => `"${t.name}"`).join(', ') || 'none'})`);
    replies = test.replies;
    seed = test.seed;
    start = test.start;
  } else {
    const loaded = loadReplies(readText(repliesFile!), repliesFile!);
    if (!loaded.ok) throw new UserError(loaded.problems.map(formatProblem).join('\n'));
    replies = loaded.replies;
  }
  const session = replayReplies(compiled, replies, seed, { start });
  const report = scoreSession(session);
  if (options.json) console.log(JSON.stringify(report));
  else console.log(options.explain ? `${formatReport(report)}\n\n${formatExplanation(session)}` : formatReport(report));
  return 0;
}
