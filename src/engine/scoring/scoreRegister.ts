import type { Finding } from './reportSchema.ts';
import { CAPS, toneDeafCap } from './gravestFailures.ts';
import { ruleFinding, type DimensionScore, type ScoringInput } from './scoringInput.ts';
import { cannedUnfit } from './register/cannedUnfit.ts';
import { copyPaste } from './register/copyPaste.ts';
import { escalationRefusal } from './register/escalationRefusal.ts';
import { clearRegister, offRegister } from './register/offRegister.ts';
import type { ReplyCheck } from './register/registerChecks.ts';
import { curt, dismissive, missingEmpathy, toneDeaf } from './register/tone.ts';
import { writingStyle } from './register/writingStyle.ts';

const INCONSISTENT = 10;
/** Share of the replies, and the least number, that must show unprofessional writing for it to be a pattern rather than a slip. */
const PATTERN_SHARE = 0.5;
const PATTERN_MIN_REPLIES = 3;
/** What makes a reply unprofessional in a way that does not heal: style, tone to an unhappy customer, pasted answers. */
const UNPROFESSIONAL = /^register\.(shorthand|all-caps|repeated-punctuation|emoji|joke|jargon|spelling|tone-deaf|dismissive|repeated|robotic|canned-unfit)$/;

/** Each reply's checks, in the order their findings are listed for it. */
const REPLY_CHECKS: readonly ReplyCheck[] = [offRegister, writingStyle, copyPaste, cannedUnfit, escalationRefusal, toneDeaf, dismissive, curt];

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
  const formal = input.replies.filter((reply) => clearRegister(reply.analysis) === 'formal').length;
  const informal = input.replies.filter((reply) => clearRegister(reply.analysis) === 'informal').length;
  // One slip in a chat otherwise kept in one register is a finding of its own, beside the slip.
  if (formal > 0 && informal > 0) {
    const target = input.texts.word(`register.target.${input.compiled.scenario.register}`);
    findings.push(ruleFinding(input, 'register.inconsistent', { message: null, points: INCONSISTENT, values: { target } }));
  }
  findings.push(...missingEmpathy(input));
  findings.push(...patterns(input, findings));
  const judged = formal > 0 && informal > 0 ? 'mixed' : formal > 0 ? 'formal' : informal > 0 ? 'informal' : 'unknown';
  return { findings, judged };
}

/**
 * Unprofessional writing repeated is a pattern, not a slip: the chat as a whole reads as careless,
 * tone-deaf or canned, and an expert judges it so whatever its content. Its points are already
 * counted reply by reply; a pattern only caps the total. Cheer and jokes to an unhappy customer
 * (seed 002, 'contenuti stonati') or pasted answers (seed 002, 'risposte robotiche') need only
 * two replies to be one; careless writing in general, most of them.
 */
const PATTERNS = [
  { rule: 'register.tone-deaf-pattern', matches: /^register\.(tone-deaf|joke)$/, minReplies: 2, share: 0, cap: 'by-mood' },
  { rule: 'register.robotic-pattern', matches: /^register\.(repeated|robotic|canned-unfit)$/, minReplies: 2, share: 0, cap: CAPS.roboticPattern },
  { rule: 'register.unprofessional-pattern', matches: UNPROFESSIONAL, minReplies: PATTERN_MIN_REPLIES, share: PATTERN_SHARE, cap: CAPS.unprofessionalPattern },
  { rule: 'register.wrong-register-pattern', matches: /^register\.off-register$/, minReplies: PATTERN_MIN_REPLIES, share: PATTERN_SHARE, cap: 'by-register' },
] as const;

/** The wrong register's cap: the panels' graders weigh tu to a Lei brand's customer heavier than Lei on a tu brand's page. */
const wrongRegisterCap = (input: ScoringInput) => (input.compiled.scenario.register === 'formal' ? CAPS.informalPattern : CAPS.formalPattern);

function patterns(input: ScoringInput, findings: readonly Finding[]): Finding[] {
  return PATTERNS.flatMap(({ rule, matches, minReplies, share, cap: fixed }) => {
    const cap = fixed === 'by-register' ? wrongRegisterCap(input) : fixed === 'by-mood' ? toneDeafCap(input.compiled.scenario.customer.mood) : fixed;
    const replies = new Set(findings.filter((finding) => finding.message !== null && finding.points >= 1 && matches.test(finding.rule)).map((finding) => finding.message));
    if (replies.size < minReplies || replies.size < share * input.replies.length) return [];
    return [ruleFinding(input, rule, { message: null, points: 0, cap, values: { count: replies.size, replies: input.replies.length } })];
  });
}
