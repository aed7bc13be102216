import type { Dimension } from './dimensions/index.ts';
import type { Finding, Report } from './reportSchema.ts';
import { hasIntent, type ScoringInput } from './scoringInput.ts';

/**
 * What went well, for the debrief beside what to do better: a trainee trusts a score that also
 * says what was right. Each strength is a check the chat passed, with the message that shows it.
 */
export function findStrengths(input: ScoringInput, findings: readonly Finding[], responseTime: Report['dimensions']['responseTime']): Report['strengths'] {
  const strengths: Report['strengths'] = [];
  const clean = (dimension: Dimension) => !findings.some((finding) => finding.dimension === dimension && finding.points > 0);
  const add = (id: string, message: number | null, values: Record<string, string | number> = {}) => strengths.push({ id, message, text: input.texts.word(`strength.${id}`, values) });
  const replies = input.replies;
  if (replies.length === 0) return strengths;
  const first = (...intents: string[]) => replies.find((reply) => hasIntent(reply, ...intents))?.index ?? null;

  if (clean('greeting')) add('greeting', replies[0]!.index);
  if (clean('register')) add('register', null, { target: input.texts.word(`register.target.${input.compiled.scenario.register}`) });
  const { expectations } = input;
  const neverSaid = findings.some((finding) => finding.rule === 'exhaustiveness.never-said');
  if (expectations.length > 0 && !neverSaid && expectations.every((status) => status.promptedBy === undefined && status.coveredBy !== undefined)) add('exhaustive', null);
  if (responseTime.median !== null && responseTime.median <= responseTime.excellent) add('fast', null, { median: responseTime.median });
  const hold = first('hold');
  if (hold !== null) add('hold', hold);
  const reference = first('reference-number');
  if (reference !== null) add('reference', reference);
  const unhappy = input.compiled.scenario.complaint || replies.some((reply) => reply.moodBefore < 0);
  const empathy = first('empathy', 'apology');
  if (unhappy && empathy !== null) add('empathy', empathy);
  const transfer = first('transfer');
  if (transfer !== null && input.outcome === 'escalated') add('transfer', transfer);
  if (clean('closure') && input.outcome === 'resolved') add('closure', replies.at(-1)!.index);
  return strengths;
}
