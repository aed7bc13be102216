import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

describe('clock times', () => {
  it.each([
    ['Eccoci puntuali al nostro appuntamento delle 9:00 per il rinnovo', '9:00', '09:00'],
    ['Avevo un appuntamento alle 9:00 per rinnovare la polizza', 'alle 9:00', '09:00'],
    ['Il corriere passa alle 9', 'alle 9', '09:00'],
    ['La richiamo alle 14.30', 'alle 14.30', '14:30'],
    ['Va bene per le 14.30?', 'per le 14.30', '14:30'],
    ['Il tecnico arriva verso le 17', 'verso le 17', '17:00'],
    ['Appuntamento ore 9 in agenzia', 'ore 9', '09:00'],
    ['Passo alle ore 10 e 30', 'alle ore 10 e 30', '10:30'],
    ['Ci sentiamo a mezzogiorno', 'mezzogiorno', '12:00'],
    ['Ci vediamo verso mezzogiorno e mezzo', 'mezzogiorno e mezzo', '12:30'],
    ['Lo chiamo alle nove', 'alle nove', '09:00'],
    ['Il ritiro è previsto per le nove e mezza', 'per le nove e mezza', '09:30'],
    ['Arrivo nove e mezza, non prima', 'nove e mezza', '09:30'],
    ['Si presenti alle 8 e un quarto', 'alle 8 e un quarto', '08:15'],
    ['Chiudiamo alle nove meno un quarto', 'alle nove meno un quarto', '08:45'],
    ["Riapriamo all'una", "all'una", '01:00'],
    ['Il tecnico passa alle 3 del pomeriggio', 'alle 3 del pomeriggio', '15:00'],
    ['Il negozio chiude alle 9 di sera', 'alle 9 di sera', '21:00'],
    ['Il pacco è arrivato alle 12 di notte', 'alle 12 di notte', '00:00'],
    ['Il pacco parte alle 18 in punto', 'alle 18 in punto', '18:00'],
  ])('%s', (text, typed, value) => {
    expect(entitiesIn(text)).toEqual([['time', typed, value]]);
  });

  it.each([
    ['Ho pagato le 3 fatture', 'an article and a number'],
    ['Sono passate le 24 ore', 'a length'],
    ['Il modulo 14.30 del regolamento', 'a dotted number without a marker'],
    ['Lo sconto è del 15:)', 'a smiley after a number'],
    ['Alle 25 no', 'no such hour'],
    ['alle 9:75', 'no such minute'],
  ])('%s: no time (%s)', (text) => {
    expect(entitiesIn(text).filter(([type]) => type === 'time')).toEqual([]);
  });

  it("tells a time inside a link or a range as that link's or range's", () => {
    expect(entitiesIn('Segua la consegna su https://paccolesto.it/traccia?ora=9:00')).toEqual([['url', 'https://paccolesto.it/traccia?ora=9:00', 'paccolesto.it/traccia?ora=9:00']]);
    expect(entitiesIn('Fascia 9:00-13:00')).toEqual([['time-window', 'Fascia 9:00-13:00', '09:00-13:00']]);
    expect(entitiesIn("Dall'8 marzo")).toEqual([['date', '8 marzo', '--03-08']]);
  });

  it('reads English times', () => {
    expect(entitiesIn("See you at 9am, at 9:30 pm, at noon or at 9 o'clock; 11 in the morning suits me too", 'en')).toEqual([
      ['time', 'at 9am', '09:00'],
      ['time', 'at 9:30 pm', '21:30'],
      ['time', 'at noon', '12:00'],
      ['time', "at 9 o'clock", '09:00'],
      ['time', '11 in the morning', '11:00'],
    ]);
    expect(entitiesIn("At one point we said at nine o'clock, at one of our stores", 'en')).toEqual([['time', "at nine o'clock", '09:00']]);
    expect(entitiesIn('Around 9pm, or after 5:30; I have a question about one of our products', 'en')).toEqual([
      ['time', 'Around 9pm', '21:00'],
      ['time', 'after 5:30', '05:30'],
    ]);
  });
});
