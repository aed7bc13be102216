import type { Finding } from './reportSchema.ts';
import { ruleFinding, type DimensionScore, type ScoringInput } from './scoringInput.ts';
import { copyPaste } from './register/copyPaste.ts';
import { escalationRefusal } from './register/escalationRefusal.ts';
import { offRegister } from './register/offRegister.ts';
import type { ReplyCheck } from './register/registerChecks.ts';
import { missingEmpathy, toneDeaf } from './register/tone.ts';
import { writingStyle } from './register/writingStyle.ts';

const INCONSISTENT = 10;

/** Each reply's checks, in the order their findings are listed for it. */
const REPLY_CHECKS: readonly ReplyCheck[] = [offRegister, writingStyle, copyPaste, escalationRefusal, toneDeaf];

export interface RegisterScore extends DimensionScore {
  judged: 'formal' | 'informal' | 'mixed' | 'unknown';
}

/**
 * Register and professional writing: Lei or tu as the scenario asks, judged on every reply and over
 * the whole chat; no shorthand, caps, emoji or jokes; a tone that fits an unhappy customer; no
 * copy-paste; no jargon; no absolute promises. Each concern is a check of its own in register/.
 */
export function scoreRegister(input: ScoringInput): RegisterScore {
  const findings: Finding[] = input.replies.flatMap((reply) => REPLY_CHECKS.flatMap((check) => check(input, reply)));
  const formal = input.replies.filter((reply) => reply.analysis.register === 'formal').length;
  const informal = input.replies.filter((reply) => reply.analysis.register === 'informal').length;
  // One slip in a chat otherwise kept in one register is a finding of its own, beside the slip.
  if (formal > 0 && informal > 0) {
    const target = input.texts.word(`register.target.${input.compiled.scenario.register}`);
    findings.push(ruleFinding(input, 'register.inconsistent', { message: null, severity: 'major', points: INCONSISTENT, values: { target } }));
  }
  findings.push(...missingEmpathy(input));
  const judged = formal > 0 && informal > 0 ? 'mixed' : formal > 0 ? 'formal' : informal > 0 ? 'informal' : 'unknown';
  return { findings, judged };
}
