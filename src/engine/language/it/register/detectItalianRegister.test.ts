import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../analysis/expandShorthand.ts';
import { tokenize } from '../../../analysis/tokenize.ts';
import { getLocale } from '../../locales.ts';

const { data, detectRegister } = getLocale('it');
const reg = (text: string) => detectRegister(text, tokenize(text, data), data);

describe('detectRegister (Italian)', () => {
  it.each([
    'Come posso aiutarLa?',
    'Mi dica pure, La ascolto.',
    'Non si preoccupi, ci penso io.',
    'La ringrazio per la pazienza.',
    'Ha già ricevuto la mail?',
    'Le piace la nuova offerta?',
    'Resti in linea, verifico il suo contratto.',
    "lei puo' pagare con bonifico",
    "Scusi, mi dice il nome dell'intestatario?",
    'Guardi, ha già provato a riavviare il modem?',
    // The courtesy pronoun in lower case, glued to an infinitive or before a first-person verb.
    'Posso aiutarla in qualcosa?',
    'Sarò lieta di esserle utile.',
    'Le consiglio di riavviare il modem.',
    'Non vedo l’ora di sentirla.',
    // A short question asking what the reader is, with no subject: the courtesy third person.
    'È un nostro iscritto?',
    'È soddisfatto del servizio?',
  ])('formal: %s', (text) => expect(reg(text).register).toBe('formal'));

  it.each([
    'Come posso aiutarti?',
    'Dimmi pure, ti ascolto.',
    'Non preoccuparti, ci penso io.',
    'Hai già ricevuto la mail?',
    'Riceverai il rimborso domani.',
    'Se cerchi il modulo, è sul sito.',
    'Cosa ne pensi?',
    'Mi dai il numero della pratica?',
    'Ciao, sei ancora lì?',
    'Usi ancora la vecchia app?',
  ])('informal: %s', (text) => expect(reg(text).register).toBe('informal'));

  it.each([
    'È vero?',
    'È arrivato il pacco?',
    'Il pacco è arrivato.',
    'Le foto sono pronte.',
    'Dai clienti arrivano molte domande.',
    'La pratica è chiusa.',
    'Il rimborso arriva in sei giorni.',
    'Gli ordini sono partiti.',
  ])('no register: %s', (text) => expect(reg(text).register).toBe('unknown'));

  it('gives cues with raw offsets', () => {
    const text = 'Posso aiutarLa con il Suo ordine?';
    const { cues } = reg(text);
    expect(cues.map((c) => text.slice(c.start, c.end))).toEqual(['aiutarLa', 'Suo']);
    expect(cues.every((c) => c.register === 'formal' && c.strength === 'strong')).toBe(true);
  });

  it('reads a verb through shorthand before it, without taking cues from the spelled-out form', () => {
    const withShorthand = (text: string) => {
      const { tokens, questionSentences } = tokenize(text, data);
      return detectRegister(text, { tokens: expandShorthand(tokens, data), questionSentences }, data);
    };
    expect(withShorthand('cmq scrivici').register).toBe('informal');
    expect(withShorthand('ok ok cmq scrivici in dm').register).toBe('informal');
    expect(withShorthand('comunque scrivici in dm').register).toBe('informal');
    expect(withShorthand('cmq scrivici').cues.map((c) => c.text)).toEqual(['scrivici']);
    // 'fyi' is spelled out as 'per Sua informazione', which the agent did not write.
    expect(withShorthand('fyi il pacco è partito').register).toBe('unknown');
    expect(withShorthand('raga il pacco è partito').register).toBe('informal');
  });

  it('lets strong cues outweigh weak ones', () => {
    expect(reg('Il suo ordine? Te lo mando subito.').register).toBe('informal');
  });
});
