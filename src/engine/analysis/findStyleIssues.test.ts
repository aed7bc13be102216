import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { findStyleIssues } from './findStyleIssues.ts';
import { tokenize } from './tokenize.ts';
import type { Locale } from '../language/locales.ts';

const issues = (text: string, locale: Locale = 'it') => {
  const data = getLanguageData(locale);
  return findStyleIssues(text, tokenize(text, data).tokens, data).map((i) => `${i.rule}:${i.excerpt}${i.suggestion ? '>' + i.suggestion : ''}`);
};

describe('findStyleIssues', () => {
  it('flags shorthand with suggestions, letter+digit tokens and k for ch', () => {
    expect(issues('cmq nn c6? kiamami qnd puoi')).toEqual(['shorthand:cmq>comunque', 'shorthand:nn>non', 'shorthand:c6>ci sei', 'shorthand:kiamami>chiamami', 'shorthand:qnd>quando']);
  });
  it('leaves the ck of English words alone, and names customers do not know flags as jargon', () => {
    expect(issues('Il tracking del pacco è attivo.')).toEqual([]);
    expect(issues('La ONU e la OLT sono KO, apro un RMA.').map((issue) => issue.split(':')[0])).toEqual(['jargon', 'jargon', 'jargon', 'jargon']);
  });
  it('flags shouting but not acronyms', () => {
    expect(issues('Mi mandi IBAN e PDF del CAP')).toEqual([]);
    expect(issues('Il pagamento è conforme PCI-DSS.')).toEqual([]);
    expect(issues('NON È POSSIBILE')).toEqual(['all-caps:NON È POSSIBILE>non è possibile']);
    expect(issues('È IMPORTANTISSIMO')).toEqual(['all-caps:È IMPORTANTISSIMO>è importantissimo']);
  });
  it('flags repeated punctuation, emoji, emoticons and laughter', () => {
    expect(issues('Davvero?!?! Ok!!! 😀 :) ahahah')).toEqual(['repeated-punctuation:?!?!>?', 'repeated-punctuation:!!!>!', 'emoji:😀', 'emoji::)', 'joke:ahahah']);
    expect(issues('Alle 10:30, vedi https://example.it')).toEqual([]);
  });
  it('flags jargon and absolute promises', () => {
    expect(issues('Faccio escalation al backoffice. Le garantisco che sarà risolto al 100%')).toEqual([
      'jargon:escalation',
      'jargon:backoffice',
      'absolute-promise:Le garantisco',
      'absolute-promise:al 100%',
    ]);
  });
  it('flags common misspellings', () => {
    expect(issues("perchè un pò, qual'è un'altro daccordo propio")).toEqual([
      'spelling:perchè>perché',
      "spelling:pò>po'",
      "spelling:qual'è>qual è",
      "spelling:un'altro>un altro",
      "spelling:daccordo>d'accordo",
      'spelling:propio>proprio',
    ]);
    expect(issues("qual è un altro po' d'accordo")).toEqual([]);
  });
  it('works for English', () => {
    expect(issues('thx, brb lol', 'en')).toEqual(['shorthand:thx>thanks', 'shorthand:brb>be right back', 'shorthand:lol', 'joke:lol']);
  });
});
