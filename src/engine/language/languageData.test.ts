import { describe, expect, it } from 'vitest';
import { getLanguageData } from './languageData.ts';

describe('getLanguageData', () => {
  it('validates both locales and caches them', () => {
    expect(getLanguageData('it').locale).toBe('it');
    expect(getLanguageData('en').locale).toBe('en');
    expect(getLanguageData('it')).toBe(getLanguageData('it'));
  });
  it('has cue phrases for every built-in intent in Italian', () => {
    for (const cues of Object.values(getLanguageData('it').intents)) expect(cues.length).toBeGreaterThan(0);
  });
});
