import type { ChatSession } from '../session/chatSession.ts';
import { DEFAULT_WEIGHTS, DIMENSION_REGISTRY, DIMENSIONS, type Dimension } from './dimensions/index.ts';
import type { Finding, Report } from './reportSchema.ts';
import { WEAKEST_SHARE } from './gravestFailures.ts';
import { ruleTexts } from './ruleTexts.ts';
import { findStrengths } from './strengths.ts';
import { scorePolicy } from './scorePolicy.ts';
import { ruleFinding, scoreFromFindings, type ScoringInput } from './scoringInput.ts';
import { phaseOfFinding, phaseOfMessages } from './splitPhases.ts';

export { DEFAULT_WEIGHTS };

/** Scores a finished session. Pure: the same session always gives the same report. */
export function scoreSession(session: ChatSession): Report {
  const { compiled } = session;
  const { scenario } = compiled;
  const unphased: Omit<ScoringInput, 'phases'> = {
    compiled,
    messages: session.messages,
    replies: session.replies,
    expectations: session.expectations,
    outcome: session.outcome ?? 'unresolved',
    texts: ruleTexts(scenario.locale, scenario.register),
    names: { agent: scenario.agent, company: scenario.company, customer: scenario.customer.name },
  };
  const messagePhases = phaseOfMessages(unphased);
  const input: ScoringInput = { ...unphased, phases: messagePhases };

  const scored = DIMENSION_REGISTRY.map((dimension) => dimension.score(input));
  const byDimension = Object.fromEntries(DIMENSIONS.map((dimension, index) => [dimension, scored[index]!.findings])) as Record<Dimension, Finding[]>;
  for (const finding of scorePolicy(input)) byDimension[finding.dimension].push(finding);
  if (session.replies.length === 0) {
    // Silence earns nothing: with no reply there is no register or content to credit.
    for (const { id, noReplyRule } of DIMENSION_REGISTRY) {
      if (noReplyRule) byDimension[id].push(ruleFinding(input, noReplyRule as `${Dimension}.${string}`, { message: null, points: 100 }));
    }
  }

  const weights = { ...DEFAULT_WEIGHTS, ...scenario.scoring.weights };
  const scores = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, scoreFromFindings(byDimension[dimension])])) as Record<Dimension, number>;
  const weightSum = DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension], 0);
  const weightedMean = weightSum === 0 ? 0 : DIMENSIONS.reduce((sum, dimension) => sum + weights[dimension] * scores[dimension], 0) / weightSum;
  const weighed = DIMENSIONS.filter((dimension) => weights[dimension] > 0);
  const weakest = weighed.reduce((worst, dimension) => (scores[dimension] < scores[worst] ? dimension : worst), weighed[0] ?? DIMENSIONS[0]);
  const blended = (1 - WEAKEST_SHARE) * weightedMean + WEAKEST_SHARE * scores[weakest];

  const findings = DIMENSIONS.flatMap((dimension) => byDimension[dimension]).sort(
    (a, b) => (a.message ?? Number.MAX_SAFE_INTEGER) - (b.message ?? Number.MAX_SAFE_INTEGER) || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension),
  );
  // A grave failure caps the total: the lowest cap below the blend sets it.
  let cappedBy: number | null = null;
  findings.forEach((finding, index) => {
    if (finding.cap !== undefined && finding.cap < Math.round(blended) && (cappedBy === null || finding.cap < findings[cappedBy]!.cap!)) cappedBy = index;
  });
  const total = cappedBy === null ? Math.round(blended) : findings[cappedBy]!.cap!;
  // Settled on a promise the agent cannot keep, the need is still open, however the chat ended.
  const unsettled = scenario.policy.forbidden.some((rule) => rule.unsettles && findings.some((finding) => finding.rule === `${rule.dimension}.${rule.id}`));
  const outcome = input.outcome === 'resolved' && unsettled ? 'unresolved' : input.outcome;
  const phases: Report['phases'] = { opening: { messages: [], findings: [] }, handling: { messages: [], findings: [] }, closing: { messages: [], findings: [] } };
  messagePhases.forEach((phase, index) => phases[phase].messages.push(index));
  findings.forEach((finding, index) => phases[phaseOfFinding(finding, messagePhases)].findings.push(index));

  const dimensionsReport = Object.fromEntries(
    DIMENSIONS.map((dimension, index) => [dimension, { score: scores[dimension], weight: weights[dimension], findings: byDimension[dimension].length, ...scored[index]!.report }]),
  ) as Report['dimensions'];
  const last = session.messages[session.messages.length - 1];
  return {
    scenario: scenario.id,
    version: compiled.version,
    seed: session.seed,
    locale: scenario.locale,
    outcome,
    total,
    totalFrom: { weightedMean: Math.round(weightedMean * 10) / 10, weakest, weakestShare: WEAKEST_SHARE, cappedBy },
    dimensions: dimensionsReport,
    findings,
    strengths: findStrengths(input, findings, dimensionsReport.responseTime),
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
