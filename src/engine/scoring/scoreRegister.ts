import type { StyleRule } from '../analysis/replyAnalysis.ts';
import type { Finding, Severity } from './reportSchema.ts';
import { hasIntent, ruleFinding, type DimensionScore, type ScoringInput } from './scoringInput.ts';

const STYLE_POINTS: Record<StyleRule, { points: number; severity: Severity }> = {
  shorthand: { points: 6, severity: 'minor' },
  'all-caps': { points: 8, severity: 'major' },
  'repeated-punctuation': { points: 4, severity: 'minor' },
  emoji: { points: 6, severity: 'minor' },
  joke: { points: 8, severity: 'major' },
  jargon: { points: 4, severity: 'minor' },
  'absolute-promise': { points: 10, severity: 'major' },
  spelling: { points: 3, severity: 'minor' },
};
const OFF_REGISTER = 12;
const INCONSISTENT = 10;
const REPEATED = 10;
const ROBOTIC = 6;
const TONE_DEAF = 15;
const NO_EMPATHY = 20;
const ESCALATION_REFUSED = 20;

export interface RegisterScore extends DimensionScore {
  judged: 'formal' | 'informal' | 'mixed' | 'unknown';
}

/**
 * Register and professional writing: Lei or tu as the scenario asks, judged on every reply and over
 * the whole chat; no shorthand, caps, emoji or jokes; a tone that fits an unhappy customer; no
 * copy-paste; no jargon; no absolute promises.
 */
export function scoreRegister(input: ScoringInput): RegisterScore {
  const { scenario } = input.compiled;
  const target = scenario.register;
  const targetWord = input.texts.word(`register.target.${target}`);
  const findings: Finding[] = [];
  let formal = 0;
  let informal = 0;

  for (const reply of input.replies) {
    const { analysis } = reply;
    if (analysis.register === 'formal') formal++;
    if (analysis.register === 'informal') informal++;
    if (analysis.register !== 'unknown' && analysis.register !== target) {
      const excerpt = analysis.cues
        .filter((cue) => cue.register === analysis.register)
        .slice(0, 3)
        .map((cue) => cue.text)
        .join(', ');
      findings.push(
        ruleFinding(input, 'register.off-register', {
          message: reply.index,
          severity: 'major',
          points: OFF_REGISTER,
          excerpt,
          values: { used: input.texts.word(`register.target.${analysis.register}`), target: targetWord, suggestion: input.texts.word(`register.suggestion.${target}`) },
        }),
      );
    }

    const serious = scenario.complaint || reply.moodBefore < 0;
    for (const issue of analysis.style) {
      const { points, severity } = STYLE_POINTS[issue.rule];
      const lighter = issue.rule === 'emoji' && !serious;
      const suggestion = issue.suggestion ?? input.texts.word(`register.suggestion.${issue.rule}`);
      findings.push(
        ruleFinding(input, `register.${issue.rule}`, {
          message: reply.index,
          severity: lighter ? 'info' : severity,
          points: lighter ? points / 2 : points,
          excerpt: issue.excerpt,
          values: { suggestion },
        }),
      );
    }

    if (reply.repeats !== undefined) {
      findings.push(ruleFinding(input, 'register.repeated', { message: reply.index, severity: 'major', points: REPEATED, values: { repeats: reply.repeats + 1 } }));
    } else if (hasIntent(reply, 'robotic')) {
      findings.push(ruleFinding(input, 'register.robotic', { message: reply.index, severity: 'minor', points: ROBOTIC, excerpt: analysis.text.slice(0, 80) }));
    }

    if (hasIntent(reply, 'escalation-refusal')) {
      findings.push(ruleFinding(input, 'register.escalation-refusal', { message: reply.index, severity: 'major', points: ESCALATION_REFUSED, excerpt: analysis.text.slice(0, 80) }));
    }

    const upset = reply.moodBefore < 0 || (scenario.complaint && reply.moodBefore <= 0);
    if (upset && hasIntent(reply, 'cheerful') && !hasIntent(reply, 'empathy', 'apology')) {
      findings.push(ruleFinding(input, 'register.tone-deaf', { message: reply.index, severity: 'major', points: TONE_DEAF, excerpt: analysis.text.slice(0, 80) }));
    }
  }

  if (formal > 0 && informal > 0) {
    findings.push(ruleFinding(input, 'register.inconsistent', { message: null, severity: 'major', points: INCONSISTENT, values: { target: targetWord } }));
  }
  if (scenario.complaint && input.replies.length > 0 && !input.replies.some((reply) => hasIntent(reply, 'empathy', 'apology'))) {
    const handling = input.replies[1] ?? input.replies[0]!;
    findings.push(ruleFinding(input, 'register.no-empathy', { message: handling.index, severity: 'major', points: NO_EMPATHY }));
  }

  const judged = formal > 0 && informal > 0 ? 'mixed' : formal > 0 ? 'formal' : informal > 0 ? 'informal' : 'unknown';
  return { findings, judged };
}
