import type { AgentReply } from '../../session/chatSession.ts';
import { perLanguage } from '../../language/perLanguage.ts';
import { getLanguageData } from '../../language/locales.ts';
import { refList } from '../../scenario/refList.ts';
import { CAPS } from '../gravestFailures.ts';
import type { Finding } from '../reportSchema.ts';
import { hasIntent, ruleFinding, type ScoringInput } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

const TONE_DEAF = 15;
const NO_EMPATHY = 20;
const DISMISSIVE = 25;
const CURT = 8;

/** The customer is unhappy when this reply comes: cross, or complaining and not yet appeased. */
export const customerUpset = (input: ScoringInput, reply: AgentReply) => reply.moodBefore < 0 || (input.compiled.scenario.complaint && reply.moodBefore <= 0);

/** A cheerful stock answer to an unhappy customer, with no empathy or apology in it (seed 002, 'contenuti stonati'). */
export const toneDeaf: ReplyCheck = (input, reply) => {
  if (!customerUpset(input, reply) || !hasIntent(reply, 'cheerful') || hasIntent(reply, 'empathy', 'apology')) return [];
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

/**
 * Reproaching or brushing off the customer ('gliel'ho già detto', 'non insista'): seed 004, be
 * understanding, never take it personally. Done in more than one reply, it caps the total.
 */
export const dismissive: ReplyCheck = (input, reply) => {
  if (!hasIntent(reply, 'dismissive')) return [];
  const again = input.replies.some((other) => other.index !== reply.index && hasIntent(other, 'dismissive'));
  return [ruleFinding(input, 'register.dismissive', { message: reply.index, points: DISMISSIVE, excerpt: reply.analysis.text, ...(again ? { cap: CAPS.rudeness } : {}) })];
};

const expectsEmpathy = (input: ScoringInput) =>
  Object.values(input.compiled.scenario.states).some((state) => (state.expect ?? []).some((expectation) => refList(expectation.intent).some((intent) => intent === 'empathy' || intent === 'apology')));

/**
 * A bare reply with no word of courtesy ('RS-30418.', 'Ok. Altro?', 'Ok, arrivederci.'): to a customer
 * it reads as cold, however correct (the panel's graders, tune half). The welcome is the greeting's.
 */
export const curt: ReplyCheck = (input, reply) => {
  if (reply.index === input.replies[0]?.index) return [];
  const { courtesyWords, curtMaxWords } = tones(getLanguageData(input.compiled.scenario.locale));
  const words = reply.analysis.tokens.filter((token) => !DIGIT.test(token));
  if (words.length > curtMaxWords || words.some((word) => courtesyWords.has(word)) || mentionsCustomer(input, words)) return [];
  return [ruleFinding(input, 'register.curt', { message: reply.index, points: CURT, excerpt: reply.analysis.text })];
};

const DIGIT = /\d/;
const tones = perLanguage((data) => ({ courtesyWords: new Set(data.tone.courtesyWords), curtMaxWords: data.tone.curtMaxWords }));
/** Calling the customer by name is a courtesy too. */
const mentionsCustomer = (input: ScoringInput, words: readonly string[]) =>
  input.compiled.scenario.customer.name
    .toLocaleLowerCase()
    .split(/\s+/)
    .some((part) => words.includes(part));
