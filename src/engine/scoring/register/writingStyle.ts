import type { StyleRule } from '../../analysis/replyAnalysis.ts';
import type { Severity } from '../reportSchema.ts';
import { CAPS } from '../gravestFailures.ts';
import { ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

const STYLE_POINTS: Record<StyleRule, { points: number; severity: Severity }> = {
  shorthand: { points: 6, severity: 'minor' },
  'all-caps': { points: 8, severity: 'major' },
  'repeated-punctuation': { points: 4, severity: 'minor' },
  emoji: { points: 6, severity: 'minor' },
  joke: { points: 8, severity: 'major' },
  jargon: { points: 4, severity: 'minor' },
  'absolute-promise': { points: 10, severity: 'critical' },
  spelling: { points: 3, severity: 'minor' },
};

/** Professional writing (seed 004): each style issue of the reply; an emoji weighs less when nothing is wrong. */
export const writingStyle: ReplyCheck = (input, reply) => {
  const serious = input.compiled.scenario.complaint || reply.moodBefore < 0;
  return reply.analysis.style.map((issue) => {
    const { points, severity } = STYLE_POINTS[issue.rule];
    const lighter = issue.rule === 'emoji' && !serious;
    return ruleFinding(input, `register.${issue.rule}`, {
      message: reply.index,
      severity: lighter ? 'info' : severity,
      points: lighter ? points / 2 : points,
      excerpt: issue.excerpt,
      values: { suggestion: issue.suggestion ?? input.texts.word(`register.suggestion.${issue.rule}`) },
      ...(issue.rule === 'absolute-promise' ? { cap: CAPS.absolutePromise } : {}),
    });
  });
};
