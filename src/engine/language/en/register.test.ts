import { describe, expect, it } from 'vitest';
import { tokenize } from '../../analysis/tokenize.ts';
import { getLocale } from '../locales.ts';

const { data, detectRegister } = getLocale('en');
const reg = (text: string) => detectRegister(text, tokenize(text, data), data);

describe('English register, read from cue words', () => {
  it('reads casual cues and formal set phrases', () => {
    expect(reg('hey, gonna check that').register).toBe('informal');
    expect(reg('Dear customer, thank you.').register).toBe('formal');
    expect(reg('Your parcel left the depot this morning.').register).toBe('unknown');
  });
});
