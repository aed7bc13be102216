import { uneditedCanned } from '../../console/agentConsole.ts';
import { ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';
import { customerUpset } from './tone.ts';

const CANNED_UNFIT = 10;

/**
 * A canned reply of the console sent as it was where it does not fit: in another phase of the chat,
 * or a general stock answer to an unhappy customer (seed 002: copy-paste answers read as a robot's,
 * and a stock answer to a complaint is 'stonato'). Edited, or where it fits, it is the agent's own.
 */
export const cannedUnfit: ReplyCheck = (input, reply) => {
  // Pasted twice, it is a repeated answer: one fact costs once.
  if (reply.repeats !== undefined) return [];
  const canned = uneditedCanned(input.compiled, reply.analysis.text);
  if (!canned) return [];
  const phase = input.phases[reply.index]!;
  const misfit = !canned.complaints && customerUpset(input, reply) ? 'complaint' : !canned.phases.includes(phase) ? `phase.${phase}` : undefined;
  if (!misfit) return [];
  return [
    ruleFinding(input, 'register.canned-unfit', {
      message: reply.index,
      points: CANNED_UNFIT,
      excerpt: reply.analysis.text,
      values: { label: canned.label, where: input.texts.word(`canned.misfit.${misfit}`) },
    }),
  ];
};
