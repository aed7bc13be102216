import type { Finding } from './reportSchema.ts';
import type { AgentReply } from '../session/chatSession.ts';
import { CAPS } from './gravestFailures.ts';
import { ruleFinding, severityOf, type DimensionScore, type ScoringInput } from './scoringInput.ts';

const ASKED_AGAIN = 15;
const CARD_DATA = 40;
const NEVER_ANSWERED = 10;

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

  for (const reply of input.replies) {
    if (!asksForCardData(reply)) continue;
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

/**
 * A sentence that names card data and asks for it ('Mi indica il numero della carta e il CVV?'), not
 * one that names it to reassure ('non Le chiederò mai i dati della carta') or states a fact.
 */
function asksForCardData(reply: AgentReply): boolean {
  const requests = new Set(reply.analysis.requestSentences);
  return (reply.analysis.intentSentences['card-data'] ?? []).some((sentence) => requests.has(sentence));
}
