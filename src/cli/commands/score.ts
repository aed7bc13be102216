import { formatProblem, loadReplies, replayReplies, scoreSession } from '../../engine/index.ts';
import { formatReport } from '../formatReport.ts';
import { readText, requireScenario, UsageError, UserError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';

/** `galateo score <scenario> <replies> [--json] [--seed N]`: replays the replies and prints the report. */
export function score(args: string[], options: { json: boolean; seed: number }): number {
  const [scenarioFile, repliesFile, ...rest] = args;
  if (!scenarioFile || !repliesFile || rest.length > 0) throw new UsageError(usageOf('score'));
  const compiled = requireScenario(scenarioFile);
  const replies = loadReplies(readText(repliesFile), repliesFile);
  if (!replies.ok) throw new UserError(replies.problems.map(formatProblem).join('\n'));
  const report = scoreSession(replayReplies(compiled, replies.replies, options.seed));
  console.log(options.json ? JSON.stringify(report) : formatReport(report));
  return 0;
}
