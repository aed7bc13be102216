import { refList } from '../../scenario/refList.ts';
import type { Finding } from '../reportSchema.ts';
import { hasIntent, ruleFinding, type ScoringInput } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

const TONE_DEAF = 15;
const NO_EMPATHY = 20;
const DISMISSIVE = 15;

/** A cheerful stock answer to an unhappy customer, with no empathy or apology in it (seed 002, 'contenuti stonati'). */
export const toneDeaf: ReplyCheck = (input, reply) => {
  const upset = reply.moodBefore < 0 || (input.compiled.scenario.complaint && reply.moodBefore <= 0);
  if (!upset || !hasIntent(reply, 'cheerful') || hasIntent(reply, 'empathy', 'apology')) return [];
  return [ruleFinding(input, 'register.tone-deaf', { message: reply.index, points: TONE_DEAF, excerpt: reply.analysis.text })];
};

/**
 * A complaint answered without a word of empathy or apology in the whole chat; pinned to the first
 * handling reply. A scenario that expects empathy as one of its needs judges it there: one fact costs once.
 */
export function missingEmpathy(input: ScoringInput): Finding[] {
  if (!input.compiled.scenario.complaint || input.replies.length === 0 || expectsEmpathy(input)) return [];
  if (input.replies.some((reply) => hasIntent(reply, 'empathy', 'apology'))) return [];
  const handling = input.replies[1] ?? input.replies[0]!;
  return [ruleFinding(input, 'register.no-empathy', { message: handling.index, points: NO_EMPATHY })];
}

/** Reproaching or brushing off the customer ('gliel'ho già detto', 'non insista'): seed 004, be understanding, never take it personally. */
export const dismissive: ReplyCheck = (input, reply) =>
  hasIntent(reply, 'dismissive') ? [ruleFinding(input, 'register.dismissive', { message: reply.index, points: DISMISSIVE, excerpt: reply.analysis.text })] : [];

const expectsEmpathy = (input: ScoringInput) =>
  Object.values(input.compiled.scenario.states).some((state) => (state.expect ?? []).some((expectation) => refList(expectation.intent).some((intent) => intent === 'empathy' || intent === 'apology')));
