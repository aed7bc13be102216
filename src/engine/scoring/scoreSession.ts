import { DIMENSIONS, type Dimension } from '../scenario/dimensions.ts';
import type { ChatSession } from '../session/chatSession.ts';
import type { Finding, Report } from './reportSchema.ts';
import { ruleTexts } from './ruleTexts.ts';
import { scoreClosure } from './scoreClosure.ts';
import { scoreExhaustiveness } from './scoreExhaustiveness.ts';
import { scoreGreeting } from './scoreGreeting.ts';
import { scorePolicy } from './scorePolicy.ts';
import { scoreRegister } from './scoreRegister.ts';
import { scoreResponseTime } from './scoreResponseTime.ts';
import { ruleFinding, scoreFromFindings, type ScoringInput } from './scoringInput.ts';
import { phaseOfFinding, phaseOfMessages } from './splitPhases.ts';

export const DEFAULT_WEIGHTS: Record<Dimension, number> = { greeting: 20, register: 20, exhaustiveness: 25, responseTime: 20, closure: 15 };

/** Scores a finished session. Pure: the same session always gives the same report. */
export function scoreSession(session: ChatSession): Report {
  const { compiled } = session;
  const { scenario } = compiled;
  const input: ScoringInput = {
    compiled,
    messages: session.messages,
    replies: session.replies,
    expectations: session.expectations,
    outcome: session.outcome ?? 'unresolved',
    texts: ruleTexts(scenario.locale, scenario.register),
    names: { agent: scenario.agent, company: scenario.company, customer: scenario.customer.name },
  };

  const greeting = scoreGreeting(input);
  const register = scoreRegister(input);
  const exhaustiveness = scoreExhaustiveness(input);
  const responseTime = scoreResponseTime(input);
  const closure = scoreClosure(input);
  const policy = scorePolicy(input);

  const byDimension: Record<Dimension, Finding[]> = {
    greeting: greeting.findings,
    register: register.findings,
    exhaustiveness: exhaustiveness.findings,
    responseTime: responseTime.findings,
    closure: closure.findings,
  };
  for (const finding of policy) byDimension[finding.dimension].push(finding);
  if (session.replies.length === 0) {
    // Silence earns nothing: with no reply there is no register or content to credit.
    byDimension.register.push(ruleFinding(input, 'register.no-reply', { message: null, severity: 'critical', points: 100 }));
    byDimension.exhaustiveness.push(ruleFinding(input, 'exhaustiveness.no-reply', { message: null, severity: 'critical', points: 100 }));
  }

  const weights = { ...DEFAULT_WEIGHTS, ...scenario.scoring.weights };
  const scores = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, scoreFromFindings(byDimension[dimension])])) as Record<Dimension, number>;
  const weightSum = DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension], 0);
  const total = weightSum === 0 ? 0 : Math.round(DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension] * scores[dimension], 0) / weightSum);
  const dimensionReport = (dimension: Dimension) => ({ score: scores[dimension], weight: weights[dimension], findings: byDimension[dimension].length });

  const findings = DIMENSIONS.flatMap((dimension) => byDimension[dimension]).sort(
    (a, b) => (a.message ?? Number.MAX_SAFE_INTEGER) - (b.message ?? Number.MAX_SAFE_INTEGER) || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension),
  );
  const messagePhases = phaseOfMessages(input);
  const phases: Report['phases'] = { opening: { messages: [], findings: [] }, handling: { messages: [], findings: [] }, closing: { messages: [], findings: [] } };
  messagePhases.forEach((phase, index) => phases[phase].messages.push(index));
  findings.forEach((finding, index) => phases[phaseOfFinding(finding, messagePhases)].findings.push(index));

  const last = session.messages[session.messages.length - 1];
  return {
    scenario: scenario.id,
    version: compiled.version,
    seed: session.seed,
    locale: scenario.locale,
    outcome: input.outcome,
    total,
    dimensions: {
      greeting: dimensionReport('greeting'),
      register: { ...dimensionReport('register'), judged: register.judged, target: scenario.register },
      exhaustiveness: { ...dimensionReport('exhaustiveness'), expectations: exhaustiveness.expectations },
      responseTime: {
        ...dimensionReport('responseTime'),
        excellent: scenario.scoring.responseTime.excellent,
        acceptable: scenario.scoring.responseTime.acceptable,
        median: responseTime.median,
        worst: responseTime.worst,
        first: responseTime.first,
        responses: responseTime.responses,
      },
      closure: dimensionReport('closure'),
    },
    findings,
    phases,
    mood: { start: scenario.customer.mood, end: session.mood },
    duration: last ? last.at / 1000 : 0,
    transcript: session.messages.map((message, index) => ({
      from: message.from,
      at: message.at / 1000,
      text: message.text,
      ...(message.name ? { name: message.name } : {}),
      phase: messagePhases[index]!,
    })),
  };
}
