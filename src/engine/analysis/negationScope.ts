import type { LanguageData } from '../language/languageDataSchema.ts';
import type { Token } from './tokenize.ts';

/**
 * Which tokens a negation covers: those after a negator ('non', 'mai', 'nessun') in its own clause,
 * up to the language's scope. 'non certo per colpa Sua' negates 'colpa'; 'Non si preoccupi, il
 * tecnico verrà' leaves 'tecnico' affirmed, since the comma opens another clause.
 */
export function negationScope(tokens: readonly Pick<Token, 'norm' | 'clauseStart'>[], data: LanguageData): boolean[] {
  const negators = new Set(data.negators);
  const openers = new Set(data.clauseOpeners);
  const scope = data.intentRules.negationScope;
  const negated: boolean[] = [];
  let left = 0;
  tokens.forEach((token, i) => {
    if (i > 0 && (token.clauseStart || openers.has(token.norm))) left = 0;
    negated.push(left > 0);
    left = negators.has(token.norm) ? scope : Math.max(0, left - 1);
  });
  return negated;
}
