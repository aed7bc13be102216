import { CHANNELS } from '../scenario/channels.ts';
import type { Response } from './dimensions/responseTime.ts';
import type { Finding } from './reportSchema.ts';
import { hasIntent, replyAt, roundPoints, ruleFinding, type DimensionScore, type ScoringInput } from './scoringInput.ts';

export interface ResponseTimeScore extends DimensionScore {
  responses: Response[];
  median: number | null;
  worst: number | null;
  first: number | null;
}

/**
 * How good a wait was, from 100 down to 0: full marks up to `excellent` (seed 001: 10 s), then down
 * to 60 at `acceptable` (30 s), then to 0 at `zeroAt` (60 s): past about 30 s satisfaction and
 * abandonment suffer (seed 001); the panels' graders mark one 45–60 s wait in a good chat about 50.
 */
export function waitScore(seconds: number, excellent: number, acceptable: number, zeroAt = acceptable * SLOW_ZERO): number {
  if (seconds <= excellent) return 100;
  if (seconds <= acceptable) return 100 - (40 * (seconds - excellent)) / (acceptable - excellent);
  return Math.max(0, 60 - (60 * (seconds - acceptable)) / (zeroAt - acceptable));
}

/**
 * The share of the dimension the single longest wait decides, beside the mean of all waits: the
 * panels' graders judge a chat's response time by its worst moments (tune halves of the three panels).
 */
const WORST_WAIT_SHARE = 0.4;

/** A wait scores 0 at this multiple of the acceptable wait (set on the tune halves of the three panels). */
const SLOW_ZERO = 2;
/**
 * A customer who gave up waiting, or was left waiting at the end: the response time failed, whatever
 * the earlier answers were (seed 001: past 30 s the abandon rate rises). At least this much is lost.
 */
const LEFT_WAITING = 80;

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * Response time: the first response (from the opening of the chat, since the customer waits for a
 * welcome) and every next one (from the first unanswered customer message). An announced hold is a
 * response; the wait after it is judged against the scenario's hold limit instead.
 */
export function scoreResponseTime(input: ScoringInput): ResponseTimeScore {
  const { excellent, acceptable, hold } = input.compiled.scenario.scoring.responseTime;
  const responses: Response[] = [];
  let waitingSince: number | null = 0;
  let waitingFrom: number | null = null;
  let afterHold = false;
  let answeredOnce = false;

  let waitingStep: number | undefined;
  for (const message of input.messages) {
    if (message.from === 'customer') {
      // Lines the customer wrote in one go count as one message: the wait starts when the last shows.
      const sameBurst = waitingSince !== null && waitingStep !== undefined && message.step === waitingStep && !afterHold;
      if (waitingSince === null || sameBurst) {
        waitingSince = message.at;
        waitingFrom = message.index;
        waitingStep = message.step;
      }
      continue;
    }
    if (message.from !== 'agent') continue;
    if (waitingSince !== null) {
      const waited = seconds(message.at - waitingSince);
      const kind = !answeredOnce ? 'first' : afterHold ? 'after-hold' : 'next';
      // An announced hold buys time, not silence: full marks up to the usual acceptable wait, 60 at one
      // and a half times that, 0 at the hold limit. 'Un minuto' that lasts 70 s breaks a promise: the
      // panels' graders mark such holds about 40–50.
      const score = kind === 'after-hold' ? waitScore(waited, acceptable, 1.5 * acceptable, hold) : waitScore(waited, excellent, acceptable);
      responses.push({ message: message.index, waitedFrom: waitingFrom, seconds: waited, kind, score: Math.round(score) });
    }
    answeredOnce = true;
    afterHold = hasIntent(replyAt(input, message.index), 'hold');
    // After an announced hold the customer waits for the promised answer, customer lines or not.
    waitingSince = afterHold ? message.at : null;
    waitingFrom = afterHold ? message.index : null;
  }

  const last = input.messages[input.messages.length - 1];
  const leftWaiting = last !== undefined && last.from !== 'agent' && last.kind === 'nudge';
  if (waitingSince !== null && (leftWaiting || !answeredOnce) && last !== undefined) {
    responses.push({ message: null, waitedFrom: waitingFrom, seconds: seconds(last.at - waitingSince), kind: 'unanswered', score: 0 });
  }

  const findings: Finding[] = [];
  // Where the agent must greet first, a late welcome is the greeting's finding: one fact costs once.
  const welcomeJudgedByGreeting = CHANNELS[input.compiled.scenario.channel].agentGreetsFirst;
  const judged = responses.filter((response) => !(response.kind === 'first' && welcomeJudgedByGreeting));
  const worst = judged.reduce<Response | undefined>((found, response) => (found === undefined || response.score < found.score ? response : found), undefined);
  for (const response of judged) {
    // Each wait's share of the mean, and the longest wait once more: the customer remembers it.
    const share = roundPoints(((1 - WORST_WAIT_SHARE) * (100 - response.score)) / responses.length + (response === worst ? WORST_WAIT_SHARE * (100 - response.score) : 0));
    const points = response.kind === 'unanswered' ? Math.max(share, LEFT_WAITING) : share;
    if (points <= 0) continue;
    const values = { seconds: response.seconds, excellent, acceptable };
    if (response.kind === 'unanswered') {
      findings.push(ruleFinding(input, 'responseTime.unanswered', { message: response.waitedFrom, points, values }));
    } else if (response.kind === 'after-hold') {
      findings.push(ruleFinding(input, 'responseTime.long-hold', { message: response.message, points, values }));
    } else {
      const slow = response.seconds > acceptable;
      findings.push(ruleFinding(input, slow ? 'responseTime.too-slow' : 'responseTime.slow', { message: response.message, points, values }));
    }
  }

  const times = responses.map((response) => response.seconds).sort((a, b) => a - b);
  const median = times.length === 0 ? null : times.length % 2 === 1 ? times[(times.length - 1) / 2]! : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2;
  return {
    findings,
    responses,
    median: median === null ? null : Math.round(median * 10) / 10,
    worst: times.length === 0 ? null : times[times.length - 1]!,
    first: responses[0]?.seconds ?? null,
  };
}
