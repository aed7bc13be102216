import { CAPS } from '../gravestFailures.ts';
import { hasIntent, ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

const ESCALATION_REFUSED = 20;

/** Asked for a manager, transfer; never refuse (seed 004). */
export const escalationRefusal: ReplyCheck = (input, reply) =>
  hasIntent(reply, 'escalation-refusal')
    ? [ruleFinding(input, 'register.escalation-refusal', { message: reply.index, points: ESCALATION_REFUSED, excerpt: reply.analysis.text, cap: CAPS.escalationRefused })]
    : [];
