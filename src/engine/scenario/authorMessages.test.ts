import { describe, expect, it } from 'vitest';
import en from './messages/en.json' with { type: 'json' };
import it_ from './messages/it.json' with { type: 'json' };
import { authorMessage } from './authorMessages.ts';

describe('authorMessages', () => {
  it('has every message in Italian and English, with the same placeholders', () => {
    expect(Object.keys(it_).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(it_[key]), key).toEqual(placeholders(en[key]));
  });

  it('fills the placeholders', () => {
    expect(authorMessage('it', 'schema.unknown-key', { key: 'fase' })).toBe('chiave sconosciuta "fase"');
  });
});
