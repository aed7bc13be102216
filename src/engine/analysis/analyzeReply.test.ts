import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeReply } from './analyzeReply.ts';
import { BUILT_IN_INTENTS } from './replyAnalysis.ts';

describe('analyzeReply', () => {
  it('puts everything together for an Italian reply', () => {
    const a = analyzeReply("Buongiorno, sono Giulia! Come posso aiutarLa? E' un piacere", 'it');
    expect(a.normalized).toBe('buongiorno, sono giulia! come posso aiutarla? è un piacere');
    expect(a.tokens[0]).toBe('buongiorno');
    expect(a.register).toBe('formal');
    expect(a.intents).toEqual(['greeting', 'introduction', 'offer-help']);
    expect(a.isQuestion).toBe(true);
    expect(a.style).toEqual([]);
    expect(a.entities).toEqual([]);
  });
  it('lists the entities a reply states', () => {
    const a = analyzeReply('Il premio è di 412 euro, con scadenza il 31 marzo.', 'it');
    expect(a.entities.map((e) => [e.type, e.value])).toEqual([
      ['amount', '412.00 EUR'],
      ['date', '--03-31'],
    ]);
  });
  it('reads questions without a question mark', () => {
    expect(analyzeReply('Può indicarmi il numero di polizza', 'it').isQuestion).toBe(true);
    expect(analyzeReply('Le invio il link', 'it').isQuestion).toBe(false);
  });
  it('asks for nothing in a proposal ending on a tag, nor in a statement opened by a question word', () => {
    const tagged = analyzeReply("Ho aggiunto l'interno 5 al tuo indirizzo, ti va bene? Mi confermi il numero di telefono, va bene?", 'it');
    expect(tagged.questionSentences).toEqual([0, 1]);
    // The second still asks, by 'mi confermi'.
    expect(tagged.requestSentences).toEqual([1]);
    expect(analyzeReply('Il pacco arriva domani, ok?', 'it').requestSentences).toEqual([]);
    expect(analyzeReply('Quale indirizzo, scusi?', 'it').requestSentences).toEqual([0]);
    expect(analyzeReply("Quanto al motivo del blocco: mancava l'interno sull'etichetta.", 'it').requestSentences).toEqual([]);
    expect(analyzeReply('Come le dicevo, il pacco arriva domani.', 'it').isQuestion).toBe(false);
    expect(analyzeReply('Come posso aiutarla', 'it').isQuestion).toBe(true);
  });

  it('handles English', () => {
    const a = analyzeReply('hey thx, brb', 'en');
    expect(a.register).toBe('informal');
    expect(a.style.map((s) => s.rule)).toEqual(['shorthand', 'shorthand']);
  });
  it.each([
    '',
    'x'.repeat(20000),
    '\u0000\u0001\u0007\u001b[31m',
    '<script>alert("ciao")</script><b>Buongiorno</b>',
    '😀😀😀👩‍👩‍👧 🇮🇹',
    '\ud800 lone \udfff surrogates',
    '\u200f\u202eمرحبا Buongiorno\u202c',
  ])('survives hostile input %#', (text) => {
    const a = analyzeReply(text, 'it');
    expect(a.text).toBe(text);
    for (const c of a.cues) expect(c.end).toBeGreaterThan(c.start);
  });
  it('never throws and keeps its invariants on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('it' as const, 'en' as const), (text, locale) => {
        const a = analyzeReply(text, locale);
        for (const s of a.style) expect(text.slice(s.start, s.end)).toBe(s.excerpt);
        for (const c of a.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
        for (const e of a.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
        const order = a.intents.map((i) => BUILT_IN_INTENTS.indexOf(i));
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }),
      { numRuns: 500 },
    );
  });
});
