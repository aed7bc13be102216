import { describe, expect, it } from 'vitest';
import { browserLocale } from './browserLocale.ts';

describe('browserLocale', () => {
  it('takes the first preferred language the game speaks, by primary subtag', () => {
    expect(browserLocale(['en-US', 'it-IT'])).toBe('en');
    expect(browserLocale(['EN-gb'])).toBe('en');
    expect(browserLocale(['it-CH', 'en'])).toBe('it');
    expect(browserLocale(['fr-FR', 'de', 'en-AU', 'it'])).toBe('en');
  });

  it('falls back to Italian when the browser names none of them', () => {
    expect(browserLocale(['fr-FR', 'zh-Hant-TW'])).toBe('it');
    expect(browserLocale([])).toBe('it');
    expect(browserLocale([''])).toBe('it');
  });
});
