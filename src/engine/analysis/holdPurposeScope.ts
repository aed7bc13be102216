import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';
import type { PhraseCueAt } from './recognizeIntents.ts';
import type { Token } from './tokenize.ts';

const purposeRule = perLanguage((data) => {
  const { openers, beforeInfinitive, infinitive } = data.intentRules.holdPurpose;
  return { openers: new Set(openers), beforeInfinitive: new Set(beforeInfinitive), infinitive: new RegExp(infinitive, 'u') };
});

/** How many words may stand between a hold cue and its purpose: 'mi conceda [un paio di minuti] per …'. */
const REACH = 5;

/**
 * Which tokens say what the agent will do while the customer holds: the purpose right after a hold
 * ('Mi conceda un minuto per generare il link', 'un attimo che verifico la pratica'), up to the next
 * break. The act is announced there, not done: the link is not sent yet.
 */
export function holdPurposeScope(tokens: readonly Pick<Token, 'norm' | 'sentence' | 'clauseStart'>[], cues: readonly PhraseCueAt[], data: LanguageData): boolean[] {
  const pending = tokens.map(() => false);
  const rule = purposeRule(data);
  const opens = (j: number) => {
    const next = tokens[j + 1];
    return rule.openers.has(tokens[j]!.norm) || (rule.beforeInfinitive.has(tokens[j]!.norm) && next !== undefined && !next.clauseStart && rule.infinitive.test(next.norm));
  };
  for (const cue of cues) {
    if (cue.intent !== 'hold') continue;
    const last = cue.tokens[cue.tokens.length - 1]!;
    let marker = -1;
    for (let j = last + 1; j <= last + REACH && j < tokens.length; j++) {
      if (tokens[j]!.clauseStart) break;
      if (opens(j)) {
        marker = j;
        break;
      }
    }
    if (marker < 0) continue;
    for (let j = marker + 1; j < tokens.length && !tokens[j]!.clauseStart; j++) pending[j] = true;
  }
  return pending;
}
