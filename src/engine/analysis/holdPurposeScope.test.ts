import { describe, expect, it } from 'vitest';
import { readReply } from './analyzeReply.ts';

const pendingWords = (text: string, locale: 'it' | 'en' = 'it') => {
  const { analysis } = readReply(text, locale);
  return analysis.tokens.filter((_, i) => analysis.tokenPending[i]).join(' ');
};

describe('holdPurposeScope', () => {
  it('covers the purpose of a hold up to the next break', () => {
    expect(pendingWords('Mi conceda un minuto per generare il link, poi glielo invio.')).toBe('generare il link');
    expect(pendingWords('Un attimo che verifico la pratica.')).toBe('verifico la pratica');
    expect(pendingWords('Give me a minute to generate the link.', 'en')).toBe('generate the link');
  });

  it('covers nothing without a hold, or when the purpose is far from it', () => {
    expect(pendingWords('Le ho inviato il link per pagare in sicurezza.')).toBe('');
    expect(pendingWords('Attenda un attimo. Per il rimborso servono tre giorni.')).toBe('');
  });
});
