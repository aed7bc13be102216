import { describe, expect, it } from 'vitest';
import { builtInIntentCues, ENGINE_VOCABULARY, ruleExplanation } from './engineVocabulary.ts';

describe('engineVocabulary', () => {
  it('names the engine’s built-in intents, signals, avatars and finding rules', () => {
    expect(ENGINE_VOCABULARY.builtInIntents).toEqual(expect.arrayContaining(['greeting', 'hold', 'transfer']));
    expect(ENGINE_VOCABULARY.signals).toEqual(expect.arrayContaining(['any', 'repeated', 'asked-again']));
    expect(ENGINE_VOCABULARY.avatars).toContain('neutral');
    expect(ENGINE_VOCABULARY.rules).toEqual(expect.arrayContaining(['greeting.missing', 'closure.goodbye', 'exhaustiveness.follow-up']));
  });

  it('leaves out informal variants and plain words of the rule texts', () => {
    expect(ENGINE_VOCABULARY.rules.some((rule) => rule.includes('#'))).toBe(false);
    expect(ENGINE_VOCABULARY.rules).not.toContain('dimension.greeting');
    expect(ENGINE_VOCABULARY.rules).not.toContain('report.total');
  });

  it('shows what a built-in intent sounds like in the scenario’s language', () => {
    const italian = builtInIntentCues('hold', 'it');
    const english = builtInIntentCues('hold', 'en');
    expect(italian.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    expect(italian).not.toEqual(english);
    expect(builtInIntentCues('no-such-intent', 'it')).toEqual([]);
  });

  it('explains a rule in the trainer’s language', () => {
    expect(ruleExplanation('greeting.missing', 'it')).not.toEqual(ruleExplanation('greeting.missing', 'en'));
    expect(ruleExplanation('greeting.missing', 'en')).toMatch(/\w+/);
    expect(ruleExplanation('report.total', 'en')).toBeUndefined();
  });
});
