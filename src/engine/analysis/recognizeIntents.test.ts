import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/languageData.ts';
import { recognizeIntents } from './recognizeIntents.ts';
import { tokenize } from './tokenize.ts';

const intents = (text: string, locale: 'it' | 'en' = 'it') => {
  const data = getLanguageData(locale);
  return recognizeIntents(text, tokenize(text, data).tokens, data);
};

describe('recognizeIntents (Italian)', () => {
  it('reads a full greeting', () => {
    expect(intents('Buongiorno, sono Giulia di AssiCura. Come posso aiutarLa?')).toEqual(['greeting', 'introduction', 'offer-help']);
  });
  it("takes a bare 'eccomi' as presence, not greeting", () => {
    expect(intents('eccomi')).toEqual(['bare-presence']);
    expect(intents('Buonasera, eccomi.')).toEqual(['greeting']);
    expect(intents('Ci sono due opzioni.')).toEqual([]);
  });
  it('tolerates typos, missing accents and letter runs', () => {
    expect(intents('bungiorno, come posso aiutarla')).toEqual(['greeting', 'offer-help']);
    expect(intents("C'e altro che posso fare per lei?")).toEqual(['anything-else']);
    expect(intents('grazieee per la pazienza')).toEqual(['thanks']);
  });
  it('reads the closing checks separately', () => {
    expect(intents("C'è altro in cui posso aiutarLa? Se non ha altre domande chiudo la chat. La ringrazio, arrivederci!")).toEqual([
      'thanks',
      'anything-else',
      'closing-announce',
      'goodbye',
    ]);
  });
  it('reads holds, waits and reference numbers', () => {
    expect(intents('Mi conceda un paio di minuti per verificare.')).toEqual(['hold']);
    expect(intents('Il numero della pratica è 4521, riceverà risposta entro 24 ore.')).toEqual(['wait-time', 'reference-number']);
  });
  it('tells transfer from its refusal, and negation from the cue', () => {
    expect(intents('La trasferisco a un collega.')).toEqual(['transfer']);
    expect(intents('Non posso passarLa a un responsabile.')).toEqual(['escalation-refusal']);
    expect(intents('Non ci sono problemi.')).toEqual([]);
  });
  it('needs an exclamation for mild cheer words', () => {
    expect(intents('Perfetto!!')).toEqual(['cheerful']);
    expect(intents('Perfetto, procedo.')).toEqual([]);
  });
  it('finds stock formulas', () => {
    expect(intents('La Sua richiesta è importante per noi.')).toEqual(['robotic']);
  });
});

describe('recognizeIntents (English)', () => {
  it('reads English cues', () => {
    expect(intents('Hello, my name is Anna. How can I help you?', 'en')).toEqual(['greeting', 'introduction', 'offer-help']);
    expect(intents('Thank you, have a nice day!', 'en')).toEqual(['thanks', 'goodbye']);
  });
});
