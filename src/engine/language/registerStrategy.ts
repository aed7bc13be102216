import { PhraseSet } from '../analysis/phraseSet.ts';
import type { Register, RegisterCue } from '../analysis/replyAnalysis.ts';
import type { Token, Tokenized } from '../analysis/tokenize.ts';
import type { LanguageData } from './languageDataSchema.ts';
import { perLanguage } from './perLanguage.ts';

export interface RegisterResult {
  register: Register;
  cues: RegisterCue[];
}

/**
 * How a locale reads the register of one reply from its raw text. Each locale brings its own:
 * Italian weighs Lei against tu through pronouns and verb forms; a language without a courtesy
 * form reads only its cue words.
 */
export type RegisterStrategy = (text: string, tokenized: Tokenized, data: LanguageData) => RegisterResult;

const WEIGHT = { strong: 3, weak: 1 } as const;

export const registerCue = (text: string, from: Token, to: Token, register: 'formal' | 'informal', strength: 'strong' | 'weak'): RegisterCue => ({
  text: text.slice(from.start, to.end),
  register,
  strength,
  start: from.start,
  end: to.end,
});

/** The register the cues point to, strong cues weighing three times weak ones. */
export function weighCues(cues: RegisterCue[]): RegisterResult {
  cues.sort((a, b) => a.start - b.start);
  let formal = 0;
  let informal = 0;
  for (const c of cues) {
    if (c.register === 'formal') formal += WEIGHT[c.strength];
    else informal += WEIGHT[c.strength];
  }
  const register: Register = formal > informal ? 'formal' : informal > formal ? 'informal' : 'unknown';
  return { register, cues };
}

/** The cue words of a language without a courtesy form: formal set phrases, informal words. */
export interface CueWords {
  informalStrong: string[];
  informalWeak: string[];
  formalPhrases: string[];
}

/** The register strategy of a language read by its cue words alone (English: 'dear customer', 'hey'). */
export function cueWordRegister(words: CueWords): RegisterStrategy {
  const informalStrong = new Set(words.informalStrong);
  const informalWeak = new Set(words.informalWeak);
  const phrases = perLanguage(
    (data: LanguageData) =>
      new PhraseSet(
        words.formalPhrases.map((p) => [p, p] as const),
        data,
        'norm',
      ),
  );
  return (text, { tokens }, data) => {
    const cues: RegisterCue[] = [];
    for (const hit of phrases(data).find(tokens)) {
      if (!tokens[hit.first]!.expanded && !tokens[hit.last]!.expanded) cues.push(registerCue(text, tokens[hit.first]!, tokens[hit.last]!, 'formal', 'strong'));
    }
    tokens.forEach((t, i) => {
      // An expanded token stands for what was typed: only the typed word is a cue, once.
      if (t.expanded && tokens[i - 1]?.start === t.start) return;
      const word = t.expanded ? t.lower : t.norm;
      if (informalStrong.has(word)) cues.push(registerCue(text, t, t, 'informal', 'strong'));
      else if (informalWeak.has(word)) cues.push(registerCue(text, t, t, 'informal', 'weak'));
    });
    return weighCues(cues);
  };
}
