import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { sentenceTexts, tokenize } from './tokenize.ts';

const data = getLanguageData('it');

describe('tokenize', () => {
  it('keeps raw offsets and splits elisions', () => {
    const text = "Buongiorno, c'è altro?";
    const { tokens } = tokenize(text, data);
    expect(tokens.map((t) => t.norm)).toEqual(['buongiorno', "c'", 'è', 'altro']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
  it('marks sentences, clauses and questions', () => {
    const { tokens, questionSentences } = tokenize('Salve. Come sta, tutto bene?', data);
    expect(tokens.map((t) => t.sentenceStart)).toEqual([true, true, false, false, false]);
    expect(tokens[3]!.clauseStart).toBe(true);
    expect([...questionSentences]).toEqual([1]);
  });
  it('keeps percentages and hyphenated words whole', () => {
    expect(tokenize('al 100% via e-mail', data).tokens.map((t) => t.norm)).toEqual(['al', '100%', 'via', 'e-mail']);
  });

  it('cuts the sentences where the tokens change sentence, each keeping its own question mark', () => {
    const text = 'La polizza scade il 31 marzo. Come preferisce procedere? Grazie… a presto';
    expect(sentenceTexts(text, tokenize(text, data))).toEqual(['La polizza scade il 31 marzo.', 'Come preferisce procedere?', 'Grazie…', 'a presto']);
    expect(sentenceTexts('', tokenize('', data))).toEqual([]);
  });

  it('reads a range of numbers as its numbers, like the words for it', () => {
    const words = (text: string) => tokenize(text, data).tokens.map((t) => t.norm);
    expect(words('domani 9-13')).toEqual(['domani', '9', '13']);
    expect(words('tra le 9 e le 13')).toEqual(['tra', 'le', '9', 'e', 'le', '13']);
    expect(words('la pratica TK-58213')).toEqual(['la', 'pratica', 'tk-58213']);
    expect(tokenize('ore 9-13', data).tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 3],
      [4, 5],
      [6, 8],
    ]);
  });
});
