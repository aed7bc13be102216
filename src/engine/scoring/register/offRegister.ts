import type { ReplyAnalysis } from '../../analysis/replyAnalysis.ts';
import { ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

/**
 * The first reply in the wrong register costs most; each further one costs less, since the panel's
 * graders judge a whole chat in the wrong register as one consistent failure, not a sum of slips.
 */
const FIRST_OFF_REGISTER = 15;
const FURTHER_OFF_REGISTER = 8;

/** Lei or tu as the scenario asks: a reply read in the other register, with the words that show it. */
export const offRegister: ReplyCheck = (input, { analysis, index }) => {
  const target = input.compiled.scenario.register;
  const off = (reply: Pick<ReplyAnalysis, 'register' | 'cues'>) => clearRegister(reply) !== undefined && clearRegister(reply) !== target;
  if (!off(analysis)) return [];
  const earlier = input.replies.some((reply) => reply.index < index && off(reply.analysis));
  const excerpt = analysis.cues
    .filter((cue) => cue.register === analysis.register)
    .slice(0, 3)
    .map((cue) => cue.text)
    .join(', ');
  return [
    ruleFinding(input, 'register.off-register', {
      message: index,
      points: earlier ? FURTHER_OFF_REGISTER : FIRST_OFF_REGISTER,
      excerpt,
      values: {
        used: input.texts.word(`register.target.${analysis.register}`),
        target: input.texts.word(`register.target.${target}`),
        suggestion: input.texts.word(`register.suggestion.${target}`),
      },
    }),
  ];
};

/**
 * A reply's register when its words show it clearly: read so, with at least one strong cue for it.
 * Weak cues alone ('mancava', 'va riprogrammata': third persons that may not address anyone) are
 * too thin to charge a trainee for a slip.
 */
export function clearRegister(analysis: Pick<ReplyAnalysis, 'register' | 'cues'>): 'formal' | 'informal' | undefined {
  if (analysis.register === 'unknown') return undefined;
  return analysis.cues.some((cue) => cue.register === analysis.register && cue.strength === 'strong') ? analysis.register : undefined;
}
