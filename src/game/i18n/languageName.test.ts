import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../engine/index.ts';
import { languageName } from './languageName.ts';

describe('languageName', () => {
  it('names a language in the UI language', () => {
    expect(languageName('it', 'it')).toBe('italiano');
    expect(languageName('it', 'en')).toBe('Italian');
    expect(languageName('en', 'it')).toBe('inglese');
    expect(languageName('en', 'en')).toBe('English');
  });

  it('has a name, not a bare code, for every registered locale in every UI language', () => {
    for (const code of LOCALE_CODES) for (const ui of LOCALE_CODES) expect(languageName(code, ui), `${code} in ${ui}`).not.toBe(code);
  });
});
