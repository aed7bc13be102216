import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

const windows = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'time-window');

describe('time windows', () => {
  it.each([
    ['Confermato: nuova consegna domani tra le 9 e le 13', 'tra le 9 e le 13', '09:00-13:00'],
    ['Il tecnico passerà fra le 8 e le 12', 'fra le 8 e le 12', '08:00-12:00'],
    ['La consegna è stata riprogrammata per domani dalle 9 alle 13.', 'dalle 9 alle 13', '09:00-13:00'],
    ['Rimesso in consegna il pacco per domani, fascia 9-13', 'fascia 9-13', '09:00-13:00'],
    ['Nella fascia oraria 9:00-13:00', 'fascia oraria 9:00-13:00', '09:00-13:00'],
    ['domani 9-13', '9-13', '09:00-13:00'],
    ['Passa tra le 9 e 13', 'tra le 9 e 13', '09:00-13:00'],
    ['Orario 8.30-12.30', 'Orario 8.30-12.30', '08:30-12:30'],
    ['dalle 9:00 alle 13:00', 'dalle 9:00 alle 13:00', '09:00-13:00'],
    ['dalle 9 e mezza alle 13', 'dalle 9 e mezza alle 13', '09:30-13:00'],
    ["dalle 9 all'una", "dalle 9 all'una", '09:00-13:00'],
    ['Il servizio è attivo dalle 20 alle 24', 'dalle 20 alle 24', '20:00-24:00'],
    ['9:00 - 13:00', '9:00 - 13:00', '09:00-13:00'],
    ['Preferisco in mattinata', 'in mattinata', 'morning'],
    ['Il tecnico può passare nel pomeriggio', 'nel pomeriggio', 'afternoon'],
    ['Riceverà la chiamata in serata', 'in serata', 'evening'],
    ['Va bene questa sera?', 'questa sera', 'evening'],
    ['La richiamo stasera', 'stasera', 'evening'],
    ['Il pacco arriva domattina', 'domattina', 'morning'],
  ])('%s', (text, typed, value) => {
    expect(windows(text)).toEqual([['time-window', typed, value]]);
  });

  it('takes no window already gone: the slot missed is not the slot given', () => {
    expect(windows('Le chiedo scusa per la mattinata persa.')).toEqual([]);
    expect(windows('Il tecnico doveva venire ieri tra le 9 e le 13')).toEqual([]);
    expect(windows('ieri mattina non è venuto nessuno')).toEqual([]);
    expect(windows('Sorry for the morning lost waiting', 'en')).toEqual([]);
    expect(windows('Il tecnico verrà nella mattinata di domani')).toEqual([['time-window', 'nella mattinata', 'morning']]);
  });

  it('reads a part of the day after a day as its own window, the day as a date', () => {
    expect(entitiesIn('Ho fissato un nuovo appuntamento prioritario per domani mattina tra le 8 e le 12')).toEqual([
      ['date', 'domani', '+1d'],
      ['time-window', 'mattina', 'morning'],
      ['time-window', 'tra le 8 e le 12', '08:00-12:00'],
    ]);
    expect(windows('lunedì pomeriggio')).toEqual([['time-window', 'pomeriggio', 'afternoon']]);
  });

  it.each([
    ['Buona serata!', 'a goodbye'],
    ['Buon pomeriggio, sono Marta', 'a greeting'],
    ['La mattina lavoro', 'a habit'],
    ['tra le 3 e le 5 settimane', 'a range of weeks'],
    ['entro 2-3 giorni', 'a range of days'],
    ['dal 10-12-2027', 'a date'],
    ['sconto 10-15%', 'percentages'],
    ['ordine 100-58273', 'a code'],
    ['dalle 22 alle 2', 'a night across midnight'],
  ])('%s: no window (%s)', (text) => {
    expect(windows(text)).toEqual([]);
  });

  it('reads English windows, an end before the start being in the afternoon', () => {
    expect(windows('The engineer comes tomorrow between 9 and 1, or from 2pm to 5pm, this afternoon, tonight or in the evening', 'en')).toEqual([
      ['time-window', 'between 9 and 1', '09:00-13:00'],
      ['time-window', 'from 2pm to 5pm', '14:00-17:00'],
      ['time-window', 'this afternoon', 'afternoon'],
      ['time-window', 'tonight', 'evening'],
      ['time-window', 'in the evening', 'evening'],
    ]);
    expect(windows('Good morning! Good evening.', 'en')).toEqual([]);
  });
});
