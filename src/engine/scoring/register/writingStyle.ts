import type { StyleIssue, StyleRule } from '../../analysis/replyAnalysis.ts';
import { tokenize } from '../../analysis/tokenize.ts';
import { getLanguageData } from '../../language/locales.ts';
import { ruleFinding, type ScoringInput } from '../scoringInput.ts';
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
  const issues = [...reply.analysis.style, ...scenarioJargon(input, reply.analysis.text)].sort((a, b) => a.start - b.start);
  return issues.flatMap((issue) => {
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

/** The scenario's own jargon in the reply ('armadio di strada' where the brief says customers do not know it). */
function scenarioJargon(input: ScoringInput, text: string): StyleIssue[] {
  const { jargon, scenario } = input.compiled;
  if (jargon.isEmpty) return [];
  const tokens = tokenize(text, getLanguageData(scenario.locale)).tokens;
  return jargon.find(tokens).map((hit) => ({ rule: 'jargon', excerpt: text.slice(tokens[hit.first]!.start, tokens[hit.last]!.end), start: tokens[hit.first]!.start, end: tokens[hit.last]!.end }));
}
