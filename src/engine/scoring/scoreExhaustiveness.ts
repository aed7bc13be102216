import type { Finding } from './reportSchema.ts';
import { CAPS } from './gravestFailures.ts';
import { hasIntent, ruleFinding, severityOf, type DimensionScore, type ScoringInput } from './scoringInput.ts';

const ASKED_AGAIN = 15;
const CARD_DATA = 40;
const NEVER_ANSWERED = 10;
const ABSOLUTE_PROMISE = 10;

export interface ExhaustivenessScore extends DimensionScore {
  expectations: { id: string; state: string; status: 'unprompted' | 'after-follow-up' | 'missed' }[];
}

/**
 * Exhaustiveness: what the scenario expects said unprompted, so that the customer need not ask
 * (seed 000: 'ci sono alternative alla carta di credito?'), and nothing asked again that the
 * customer already said or the company already knows (seed 004).
 */
export function scoreExhaustiveness(input: ScoringInput): ExhaustivenessScore {
  const { scenario } = input.compiled;
  const findings: Finding[] = [];
  const expectations: ExhaustivenessScore['expectations'] = [];

  for (const status of input.expectations) {
    const expectation = scenario.states[status.state]?.expect?.find((candidate) => candidate.id === status.id);
    if (!expectation) continue;
    if (status.promptedBy === undefined) {
      if (status.coveredBy !== undefined) expectations.push({ id: status.id, state: status.state, status: 'unprompted' });
      continue;
    }
    expectations.push({ id: status.id, state: status.state, status: status.coveredBy !== undefined ? 'after-follow-up' : 'missed' });
    findings.push({
      rule: 'exhaustiveness.follow-up',
      dimension: 'exhaustiveness',
      message: status.promptedBy,
      severity: severityOf(expectation.points),
      points: expectation.points,
      explanation: expectation.explain,
      better: expectation.better,
      excerpt: expectation.id,
    });
    if (status.coveredBy === undefined) {
      const question = input.messages.find((message) => message.expectation === status.id && message.kind === 'follow-up');
      findings.push(
        ruleFinding(input, 'exhaustiveness.unanswered-follow-up', {
          message: question?.index ?? status.promptedBy,
          points: NEVER_ANSWERED,
          values: { better: expectation.better },
          excerpt: question?.text,
        }),
      );
    }
  }

  // A need of a state the customer went through, never said and never asked for (the customer did not
  // get that far, or moved on): as missed as a follow-up left unanswered.
  // A need shared by several states (the same id) is one need, charged once however many of them the chat went through.
  const judged = new Set(input.expectations.map((status) => status.id));
  const visited = new Set(input.messages.map((message) => message.state));
  for (const [name, state] of Object.entries(scenario.states)) {
    if (!visited.has(name)) continue;
    for (const expectation of state.expect ?? []) {
      if (judged.has(expectation.id)) continue;
      judged.add(expectation.id);
      expectations.push({ id: expectation.id, state: name, status: 'missed' });
      const lastInState = input.messages.findLast((message) => message.from === 'agent' && message.state === name);
      findings.push({
        rule: 'exhaustiveness.never-said',
        dimension: 'exhaustiveness',
        message: lastInState?.index ?? null,
        severity: severityOf(expectation.points + NEVER_ANSWERED),
        points: expectation.points + NEVER_ANSWERED,
        explanation: input.texts.explain('exhaustiveness.never-said', { ...input.names, explain: expectation.explain }).explanation,
        better: expectation.better,
        excerpt: expectation.id,
      });
    }
  }

  // Seed 004, 'imposta aspettative ragionevoli': no absolute promises. One reply that promises caps the
  // total at 40; promising again in another reply makes it a pattern, capped lower.
  const promising = input.replies.filter((reply) => reply.analysis.style.some((issue) => issue.rule === 'absolute-promise'));
  const promiseCap = promising.length > 1 ? CAPS.absolutePromises : CAPS.absolutePromise;
  for (const reply of promising) {
    for (const issue of reply.analysis.style) {
      if (issue.rule !== 'absolute-promise') continue;
      findings.push(
        ruleFinding(input, 'exhaustiveness.absolute-promise', {
          message: reply.index,
          points: ABSOLUTE_PROMISE,
          excerpt: issue.excerpt,
          values: { suggestion: input.texts.word('exhaustiveness.suggestion.absolute-promise') },
          cap: promiseCap,
        }),
      );
    }
  }

  for (const reply of input.replies) {
    if (!hasIntent(reply, 'asks-card-data')) continue;
    findings.push(ruleFinding(input, 'exhaustiveness.card-data-request', { message: reply.index, points: CARD_DATA, excerpt: reply.analysis.text, cap: CAPS.cardData }));
  }

  const generic = input.texts.word('fact.generic');
  for (const reply of input.replies) {
    for (const fact of reply.askedAgain) {
      const keyword = input.compiled.factKeywords[fact]?.[0];
      findings.push(
        ruleFinding(input, 'exhaustiveness.asked-again', {
          message: reply.index,
          points: ASKED_AGAIN,
          excerpt: reply.analysis.text,
          values: { fact: keyword ?? generic },
        }),
      );
    }
  }
  return { findings, expectations };
}
