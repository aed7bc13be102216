import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { analyzeReply } from './analyzeReply.ts';
import { expandShorthand } from './expandShorthand.ts';
import { tokenize } from './tokenize.ts';

const data = getLanguageData('it');
const words = (text: string) => expandShorthand(tokenize(text, data).tokens, data).map((t) => t.norm);

describe('expandShorthand', () => {
  it('spells out common shorthand, one or more words each', () => {
    expect(words('grz x la pazienza')).toEqual(['grazie', 'per', 'la', 'pazienza']);
    expect(words('cmq nn ti preoccupare, vbb')).toEqual(['comunque', 'non', 'ti', 'preoccupare', 'va', 'bene']);
  });
  it('keeps the typed text and place of each spelled-out word', () => {
    const text = 'ok vbb';
    const tokens = expandShorthand(tokenize(text, data).tokens, data);
    expect(tokens.slice(1).map((t) => [t.raw, t.expanded, text.slice(t.start, t.end)])).toEqual([
      ['vbb', true, 'vbb'],
      ['vbb', true, 'vbb'],
    ]);
    expect(tokens[2]!.clauseStart).toBe(false);
  });
  it('returns the tokens untouched when there is no shorthand', () => {
    const tokens = tokenize('Grazie per la pazienza', data).tokens;
    expect(expandShorthand(tokens, data)).toBe(tokens);
  });
  it('lets intents read through shorthand while style still flags it', () => {
    for (const text of ['grz x la pazienza', 'thx x la pazienza', 'tnx, a presto']) {
      const a = analyzeReply(text, 'it');
      expect(a.intents, text).toContain('thanks');
      expect(a.style.filter((s) => s.rule === 'shorthand').length, text).toBeGreaterThan(0);
    }
    expect(analyzeReply('x la pazienza', 'it').intents).toEqual([]);
    expect(analyzeReply('grz x la pazienza', 'it').normalized).toBe('grz x la pazienza');
  });
});
