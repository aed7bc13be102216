import { formatProblem, loadReplies, replayReplies, ruleTexts, type ChatSession } from '../../engine/index.ts';
import { readText, requireScenario, UsageError, UserError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';
import { clockTime, printable } from '../chatText.ts';

/**
 * `galateo transcript <scenario> <replies> [--after S] [--seed N]`: the chat the replies make, as
 * the trainee sees it and nothing more (no score), with time let run until `--after` seconds pass with
 * no new message. A replies file can be written one reply at a time this way, reading the customer's
 * answer before writing the next: how a trainee plays, and how a test conversation is drafted.
 */
export function transcript(args: string[], options: { seed: number; after: number | undefined }): number {
  const [scenarioFile, repliesFile, ...rest] = args;
  if (!scenarioFile || !repliesFile || rest.length > 0) throw new UsageError(usageOf('transcript'));
  const compiled = requireScenario(scenarioFile);
  const replies = loadReplies(readText(repliesFile), repliesFile);
  if (!replies.ok) throw new UserError(replies.problems.map(formatProblem).join('\n'));
  const session = replayReplies(compiled, replies.replies, options.seed, { finish: options.after === undefined });
  if (options.after !== undefined) runFor(session, options.after * 1000);
  const { scenario } = compiled;
  const words = ruleTexts(scenario.locale);
  const lines = session.messages.map((message) => {
    const who = message.from === 'agent' ? words.word('report.agent') : message.from === 'customer' ? scenario.customer.name : (message.name ?? '');
    return `[${clockTime(message.at)}] ${who}: ${printable(message.text)}`;
  });
  if (session.personaTyping) lines.push(`${scenario.customer.name} ${words.word('chat.typing')}`);
  lines.push(`(${session.ended ? words.word('chat.ended-with', { outcome: session.outcome }) : words.word('chat.open', { time: clockTime(session.now) })})`);
  console.log(lines.join('\n'));
  return 0;
}

/** Lets time run until `ms` pass with no new message, showing whatever the persona does meanwhile. */
function runFor(session: ChatSession, ms: number): void {
  for (let next = session.nextDueAt(); next !== undefined && next <= session.lastMessageAt + ms; next = session.nextDueAt()) session.advanceTo(next);
  session.advanceTo(session.lastMessageAt + ms);
}
