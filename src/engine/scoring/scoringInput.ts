import type { CompiledScenario } from '../compileScenario.ts';
import type { ExpectationStatus } from '../persona/compilePersona.ts';
import type { Outcome } from '../scenario/scenarioSchema.ts';
import type { Phase } from '../scenario/phases.ts';
import type { Dimension } from './dimensions/index.ts';
import type { AgentReply, ChatMessage } from '../session/chatSession.ts';
import type { Finding, Severity } from './reportSchema.ts';
import type { RuleTexts, TextValues } from './ruleTexts.ts';

/** What every scorer reads: the finished chat, and what the engine understood of it. */
export interface ScoringInput {
  compiled: CompiledScenario;
  messages: readonly ChatMessage[];
  replies: readonly AgentReply[];
  expectations: readonly ExpectationStatus[];
  outcome: Outcome;
  texts: RuleTexts;
  /** Values every explanation may use: agent, company, customer. */
  names: TextValues;
  /** The phase of each message (seed 003: welcome, handling, closing). */
  phases: readonly Phase[];
}

/** A scorer returns findings; the dimension's score is derived from them (and from policy findings). */
export interface DimensionScore {
  findings: Finding[];
}

/** A finding whose explanation and better phrasing come from the locale's rule texts. */
export function ruleFinding(
  input: ScoringInput,
  rule: `${Dimension}.${string}`,
  fields: { message: number | null; points: number; excerpt?: string; values?: TextValues; explanation?: string; better?: string; cap?: number },
): Finding {
  const dimension = rule.slice(0, rule.indexOf('.')) as Dimension;
  const texts = input.texts.explain(rule, { ...input.names, excerpt: fields.excerpt, ...fields.values });
  return {
    rule,
    dimension,
    message: fields.message,
    severity: severityOf(fields.points, fields.cap),
    points: roundPoints(fields.points),
    explanation: fields.explanation ?? texts.explanation,
    ...((fields.better ?? texts.better) ? { better: fields.better ?? texts.better } : {}),
    ...(fields.excerpt !== undefined ? { excerpt: excerptOf(fields.excerpt) } : {}),
    ...(fields.cap !== undefined ? { cap: fields.cap } : {}),
  };
}

export const roundPoints = (points: number) => Math.round(points * 10) / 10;

/** Severity follows the points, so that the labels rank findings as the score does; a grave failure (a cap) is critical. */
export function severityOf(points: number, cap?: number): Severity {
  if (cap !== undefined || points >= 40) return 'critical';
  if (points >= 15) return 'major';
  return points > 0 ? 'minor' : 'info';
}

/** What a finding quotes: at most `max` characters, cut at a word, never inside one. */
export function excerptOf(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.search(/\s\S*$/);
  const end = space > max * 0.5 ? space : max;
  return `${text.slice(0, end).replace(/[\s,;:.]+$/u, '')}…`;
}

/** A dimension's score is 100 less the points its findings cost: every lost point has a finding. */
export function scoreFromFindings(findings: readonly Finding[]): number {
  const lost = findings.reduce((sum, finding) => sum + finding.points, 0);
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}

export const agentMessages = (input: ScoringInput) => input.messages.filter((message) => message.from === 'agent');

export const replyAt = (input: ScoringInput, index: number) => input.replies.find((reply) => reply.index === index);

/** True when the reply expresses any of the intents: built-in, the scenario's own, or a signal such as asked-again. */
export const hasIntent = (reply: AgentReply | undefined, ...intents: string[]) =>
  reply !== undefined &&
  intents.some(
    (intent) =>
      (reply.analysis.intents as readonly string[]).includes(intent) ||
      (reply.chatIntents as readonly string[]).includes(intent) ||
      reply.scenarioIntents.includes(intent) ||
      (reply.signals as readonly string[]).includes(intent),
  );
