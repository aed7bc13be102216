import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../engine/index.ts';
import { nextLocale, translator } from './i18n.ts';

const folder = new URL('.', import.meta.url);
const strings = (code: string) => JSON.parse(readFileSync(new URL(`${code}.json`, folder), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  it('has one file per engine locale, no more', () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...LOCALE_CODES].sort());
  });

  it('gives every locale every Italian key, with the same placeholders', () => {
    const reference = strings('it');
    for (const code of LOCALE_CODES) {
      const table = strings(code);
      expect(Object.keys(table).sort(), code).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(reference)) expect(placeholders(table[key]!), `${code} ${key}`).toEqual(placeholders(text));
    }
  });

  it("names the dimensions from the engine's rule texts, and fills placeholders", () => {
    expect(translator('it')('debrief.dimension.greeting')).toBe('Accoglienza');
    expect(translator('en')('debrief.dimension.closure')).toBe('Closure');
    // The switch visits every locale once and comes back.
    const visited = [LOCALE_CODES[0]];
    while (visited.length <= LOCALE_CODES.length) visited.push(nextLocale(visited.at(-1)!));
    expect(visited.slice(0, -1).sort()).toEqual([...LOCALE_CODES].sort());
    expect(visited.at(-1)).toBe(LOCALE_CODES[0]);
  });
});
