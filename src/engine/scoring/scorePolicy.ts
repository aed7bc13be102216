import { refList } from '../scenario/refList.ts';
import type { Finding } from './reportSchema.ts';
import { excerptOf, hasIntent, severityOf, type ScoringInput } from './scoringInput.ts';

/**
 * The scenario's own rules: forbidden content (an absolute promise, data the policy forbids in
 * chat), required content, and contradictions between two replies. Each lands in the dimension
 * the rule names.
 */
export function scorePolicy(input: ScoringInput): Finding[] {
  const { policy } = input.compiled.scenario;
  const findings: Finding[] = [];
  const finding = (
    id: string,
    dimension: Finding['dimension'],
    message: number | null,
    rule: { explain: string; better: string; points: number; cap?: number | undefined },
    excerpt?: string,
  ): Finding => ({
    rule: `${dimension}.${id}`,
    dimension,
    message,
    severity: severityOf(rule.points, rule.cap),
    points: rule.points,
    explanation: rule.explain,
    better: rule.better,
    ...(excerpt !== undefined ? { excerpt: excerptOf(excerpt) } : {}),
    ...(rule.cap !== undefined ? { cap: rule.cap } : {}),
  });

  for (const rule of policy.forbidden) {
    const keywords = input.compiled.forbiddenKeywords[rule.id] ?? [];
    for (const reply of input.replies) {
      const byIntent = rule.intent !== undefined && hasIntent(reply, ...refList(rule.intent));
      const byKeyword = keywords.length > 0 && input.compiled.intents.mentions(reply.analysis, keywords);
      if (byIntent || byKeyword) findings.push(finding(rule.id, rule.dimension, reply.index, rule, reply.analysis.text));
    }
  }

  for (const rule of policy.required) {
    if (!input.replies.some((reply) => hasIntent(reply, ...refList(rule.intent)))) findings.push(finding(rule.id, rule.dimension, null, rule));
  }

  for (const rule of policy.contradictions) {
    const first = input.replies.find((reply) => hasIntent(reply, ...refList(rule.first)));
    if (!first) continue;
    const then = input.replies.find((reply) => reply.index > first.index && hasIntent(reply, ...refList(rule.then)));
    if (then) findings.push(finding(rule.id, 'exhaustiveness', then.index, rule, then.analysis.text));
  }
  return findings;
}
