import { hasIntent, ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

const REPEATED = 15;
const ROBOTIC = 6;

/** Copy-paste answers (seed 002, 'sei un bot?'): a reply that repeats an earlier one, or reads as a stock formula. */
export const copyPaste: ReplyCheck = (input, reply) => {
  if (reply.repeats !== undefined) {
    return [ruleFinding(input, 'register.repeated', { message: reply.index, points: REPEATED, values: { repeats: reply.repeats + 1 } })];
  }
  if (hasIntent(reply, 'robotic')) return [ruleFinding(input, 'register.robotic', { message: reply.index, points: ROBOTIC, excerpt: reply.analysis.text })];
  return [];
};
