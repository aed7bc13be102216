import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { negationScope } from './negationScope.ts';
import { tokenize } from './tokenize.ts';

const data = getLanguageData('it');
const negatedWords = (text: string) => {
  const { tokens } = tokenize(text, data);
  const flags = negationScope(tokens, data);
  return tokens.filter((_, i) => flags[i]).map((token) => token.norm);
};

describe('negationScope', () => {
  it('covers the words after a negator in its clause, up to the scope', () => {
    expect(negatedWords("L'appuntamento è saltato per un nostro errore, non certo per colpa Sua.")).toEqual(['certo', 'per', 'colpa', 'sua']);
  });

  it('stops at a clause break or a clause opener', () => {
    expect(negatedWords('Non si preoccupi, il tecnico verrà domani.')).toEqual(['si', 'preoccupi']);
    expect(negatedWords('Non so se il tecnico verrà.')).toEqual(['so']);
  });

  it('ends after the scope', () => {
    expect(negatedWords('Non deve scrivere i dati della carta in chat.')).toEqual(['deve', 'scrivere', 'i', 'dati']);
  });
});
