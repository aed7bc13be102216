import type { AgentReply } from '../session/chatSession.ts';
import type { Finding } from './reportSchema.ts';
import { CAPS } from './gravestFailures.ts';
import { excerptOf, hasIntent, ruleFinding, type DimensionScore, type ScoringInput } from './scoringInput.ts';

/** The four closing checks of QA scorecards, and the customer's last question: 100 in all. */
const POINTS = { thanks: 20, anythingElse: 25, announce: 20, goodbye: 20, lastQuestion: 15 };
/** Asking whether there is anything else and saying goodbye in the same breath: the customer cannot answer. */
const NO_WAIT = 10;
/** Saying goodbye while the customer still had something to ask: the chat was not over for them. */
const EARLY_GOODBYE = 15;
/** The closing is read in the agent's last two messages (the panel's graders look for it at the end, not in the handling). */
const CLOSING_WINDOW = 2;

export function closingReplies(input: Omit<ScoringInput, 'phases'>) {
  return input.replies.slice(-CLOSING_WINDOW);
}

/** Closure: thank, offer more help, announce the close, say goodbye; never leave a question hanging (seed 000). */
export function scoreClosure(input: ScoringInput): DimensionScore {
  const replies = closingReplies(input);
  const last = replies[replies.length - 1];
  if (!last) return { findings: [ruleFinding(input, 'closure.missing', { message: null, points: 100 })] };
  const findings: Finding[] = [];
  const said = (...intents: string[]) => replies.some((reply) => hasIntent(reply, ...intents));
  const check = (ok: boolean, rule: 'closure.thanks' | 'closure.anything-else' | 'closure.announce' | 'closure.goodbye', points: number) => {
    if (!ok) findings.push(ruleFinding(input, rule, { message: last.index, points }));
  };
  check(said('thanks'), 'closure.thanks', POINTS.thanks);
  // A chat handed over to a colleague goes on with them (seed 004): announcing the transfer announces
  // the end of this agent's part.
  const handedOver = input.outcome === 'escalated' && input.replies.some((reply) => hasIntent(reply, 'transfer'));
  check(said('anything-else'), 'closure.anything-else', POINTS.anythingElse);
  check(handedOver || said('closing-announce'), 'closure.announce', POINTS.announce);
  check(said('goodbye'), 'closure.goodbye', POINTS.goodbye);
  const leaves = replies.find(asksThenLeaves);
  if (leaves) findings.push(ruleFinding(input, 'closure.no-wait', { message: leaves.index, points: NO_WAIT, excerpt: leaves.analysis.text }));
  // A goodbye in the same breath as 'anything else?' is the no-wait finding's: one fact costs once.
  const early = input.replies.find((reply) => reply !== last && reply !== leaves && hasIntent(reply, 'goodbye') && askedAfter(input, reply));
  if (early) findings.push(ruleFinding(input, 'closure.early-goodbye', { message: early.index, points: EARLY_GOODBYE, excerpt: early.analysis.text }));

  const left = [...input.messages].reverse().find((message) => message.from === 'customer');
  if (drivenAway(input, left)) {
    // The customer gave up on the replies themselves (pasted, rude, useless) before the need was met.
    findings.push(ruleFinding(input, 'closure.driven-away', { message: left?.index ?? null, points: 100, cap: CAPS.abandoned }));
    return { findings };
  }
  if (leftOnSilence(input)) {
    // The customer gave up on a silent agent: nothing of the closing happened, whatever was said before.
    // Left waiting for the close once the need was met is a closing left hanging, not a need abandoned.
    const cap = left !== undefined && input.compiled.scenario.states[left.state]?.phase === 'closing' ? CAPS.leftHanging : CAPS.abandoned;
    return { findings: [ruleFinding(input, 'closure.abandoned', { message: left?.index ?? null, points: 100, cap })] };
  }
  // A question anywhere in the line: a nudge may add 'Sto ancora aspettando.' after it. A nudge the
  // customer began typing before the agent's last message crossed it: that message answers the silence.
  const lastAgentAt = input.messages.findLast((message) => message.from === 'agent')?.at ?? -1;
  const crossed = (message: ScoringInput['messages'][number]) => message.kind === 'nudge' && (message.typingFrom ?? message.at) <= lastAgentAt;
  const lastQuestion = [...input.messages].reverse().find((message) => message.from === 'customer' && message.text.includes('?') && !crossed(message));
  if (lastQuestion && !input.messages.some((message) => message.from === 'agent' && message.index > lastQuestion.index)) {
    findings.push(ruleFinding(input, 'closure.last-question', { message: lastQuestion.index, points: POINTS.lastQuestion, excerpt: excerptOf(lastQuestion.text, 120), cap: CAPS.leftHanging }));
  }
  return { findings };
}

/** The customer left mid-need, though the agent had not fallen silent: driven away by the replies. */
function drivenAway(input: ScoringInput, left: ScoringInput['messages'][number] | undefined): boolean {
  if (input.outcome !== 'abandoned' || leftOnSilence(input)) return false;
  return left !== undefined && input.compiled.scenario.states[left.state]?.phase !== 'closing';
}

/** The customer asked something after this reply, before the agent wrote again. */
function askedAfter(input: ScoringInput, reply: AgentReply): boolean {
  const next = input.messages.findIndex((message) => message.index > reply.index && message.from === 'agent');
  const until = next === -1 ? input.messages.length : next;
  return input.messages.slice(reply.index + 1, until).some((message) => message.from === 'customer' && message.text.includes('?'));
}

/** The customer left after nudging a silent agent: abandoned by the agent, not driven off by a reply. */
function leftOnSilence(input: ScoringInput): boolean {
  if (input.outcome !== 'abandoned') return false;
  const lastAgent = input.messages.findLastIndex((message) => message.from === 'agent');
  return input.messages.some((message, index) => index > lastAgent && message.from === 'customer' && message.kind === 'nudge');
}

/** 'C'è altro che posso fare? … Arrivederci!' asks and leaves at once; 'Se non ha altre domande chiudo la chat, arrivederci' does not ask. */
function asksThenLeaves(reply: AgentReply): boolean {
  const asking = new Set(reply.analysis.questionSentences);
  const asked = (reply.analysis.intentSentences['anything-else'] ?? []).filter((sentence) => asking.has(sentence));
  const byes = reply.analysis.intentSentences.goodbye ?? [];
  return asked.length > 0 && byes.some((sentence) => sentence > asked[0]!);
}
