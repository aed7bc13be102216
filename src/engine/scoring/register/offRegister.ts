import { ruleFinding } from '../scoringInput.ts';
import type { ReplyCheck } from './registerChecks.ts';

const OFF_REGISTER = 12;

/** Lei or tu as the scenario asks: a reply read in the other register, with the words that show it. */
export const offRegister: ReplyCheck = (input, { analysis, index }) => {
  const target = input.compiled.scenario.register;
  if (analysis.register === 'unknown' || analysis.register === target) return [];
  const excerpt = analysis.cues
    .filter((cue) => cue.register === analysis.register)
    .slice(0, 3)
    .map((cue) => cue.text)
    .join(', ');
  return [
    ruleFinding(input, 'register.off-register', {
      message: index,
      points: OFF_REGISTER,
      excerpt,
      values: {
        used: input.texts.word(`register.target.${analysis.register}`),
        target: input.texts.word(`register.target.${target}`),
        suggestion: input.texts.word(`register.suggestion.${target}`),
      },
    }),
  ];
};
