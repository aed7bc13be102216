import type { StyleRule } from '../../analysis/replyAnalysis.ts';
import { ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

/** Style issues judged here; an absolute promise is a matter of what the customer is told, judged with exhaustiveness. */
const STYLE_POINTS: Record<Exclude<StyleRule, 'absolute-promise'>, number> = {
  shorthand: 6,
  'all-caps': 8,
  'repeated-punctuation': 4,
  emoji: 6,
  joke: 8,
  jargon: 4,
  spelling: 3,
};

/** Professional writing (seed 004): each style issue of the reply; an emoji weighs less when nothing is wrong. */
export const writingStyle: ReplyCheck = (input, reply) => {
  const serious = input.compiled.scenario.complaint || reply.moodBefore < 0;
  return reply.analysis.style.flatMap((issue) => {
    if (issue.rule === 'absolute-promise') return [];
    const points = STYLE_POINTS[issue.rule];
    const lighter = issue.rule === 'emoji' && !serious;
    return ruleFinding(input, `register.${issue.rule}`, {
      message: reply.index,
      points: lighter ? points / 2 : points,
      excerpt: issue.excerpt,
      values: { suggestion: issue.suggestion ?? input.texts.word(`register.suggestion.${issue.rule}`) },
    });
  });
};
