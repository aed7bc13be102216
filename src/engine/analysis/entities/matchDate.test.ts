import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

const dates = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'date');

describe('dates', () => {
  it.each([
    ['La polizza scade il 31 marzo', 'il 31 marzo', '--03-31'],
    ['Ho verificato: scadenza 31 marzo', '31 marzo', '--03-31'],
    ['La copertura prosegue fino al 31 marzo 2027', '31 marzo 2027', '2027-03-31'],
    ['Rinnovata fino al 31 marzo del 2027', '31 marzo del 2027', '2027-03-31'],
    ['Il pagamento del 31/03 risulta registrato', '31/03', '--03-31'],
    ['La fattura è del 31/03/2027', '31/03/2027', '2027-03-31'],
    ['consegna prevista il 5/6', 'il 5/6', '--06-05'],
    ['Data ordine 02.12.2027', '02.12.2027', '2027-12-02'],
    ['spedito il 31-03-27', 'il 31-03-27', '2027-03-31'],
    ['Data: 2027-03-31', '2027-03-31', '2027-03-31'],
    ["l'11 marzo ho scritto", "l'11 marzo", '--03-11'],
    ['Ci vediamo il primo aprile', 'il primo aprile', '--04-01'],
    ['dal 1° maggio', '1° maggio', '--05-01'],
    ['verso il 15 mar. o dopo', 'il 15 mar.', '--03-15'],
    ['Il tecnico passerà domani', 'domani', '+1d'],
    ['Dopodomani riceverà il pacco', 'Dopodomani', '+2d'],
    ['Oggi La aiuto io', 'Oggi', '+0d'],
    ['Ieri il tecnico non si è presentato', 'Ieri', '-1d'],
    ["L'altro ieri ho chiamato", "L'altro ieri", '-2d'],
    ['Il tecnico passa lunedì', 'lunedì', 'weekday:1'],
    ['Va bene lunedi?', 'lunedi', 'weekday:1'],
    ['Ci sentiamo venerdì prossimo', 'venerdì prossimo', 'weekday:5'],
    ['Il prossimo sabato è festivo', 'Il prossimo sabato', 'weekday:6'],
    ['Sabato 5 aprile', 'Sabato 5 aprile', '--04-05'],
    ['Le tariffe arrivano il prossimo mese', 'il prossimo mese', '+1m'],
    ['Ne riparliamo la prossima settimana', 'la prossima settimana', '+1w'],
    ['Il rimborso arriva a fine mese', 'fine mese', 'month-end'],
    ['La polizza si rinnova a marzo', 'marzo', '--03'],
    ['Le tariffe di marzo 2027', 'marzo 2027', '2027-03'],
    ['Il 29 febbraio 2028 è bisestile', 'Il 29 febbraio 2028', '2028-02-29'],
  ])('%s', (text, typed, value) => {
    expect(dates(text)).toEqual([['date', typed, value]]);
  });

  it.each([
    ['Il premio è aumentato nel 2027', 'a year alone'],
    ['Servizio attivo 24/7', 'round the clock'],
    ['Ne basta 1/2', 'a half'],
    ['La linea è guasta da 3 giorni', 'a length'],
    ['31/02/2027', 'no such day in digits'],
    ['Il versamento di 31.03 euro', 'an amount'],
    ['Marzo è il mese del rinnovo', 'a month alone, not after a preposition'],
  ])('%s: no date (%s)', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('reads only the month and year of a day the month does not have', () => {
    expect(dates('Il 29 febbraio 2027')).toEqual([['date', 'febbraio 2027', '2027-02']]);
  });

  it('reads English dates, months first and in digits month first', () => {
    expect(dates('Your policy expires on March 31, on March 31st, 2027, on 31 March 2027, on the 31st of March, on 3/31, on 03/04/2027, next Monday, tomorrow, next week', 'en')).toEqual([
      ['date', 'March 31', '--03-31'],
      ['date', 'March 31st, 2027', '2027-03-31'],
      ['date', '31 March 2027', '2027-03-31'],
      ['date', 'the 31st of March', '--03-31'],
      ['date', '3/31', '--03-31'],
      ['date', '03/04/2027', '2027-03-04'],
      ['date', 'next Monday', 'weekday:1'],
      ['date', 'tomorrow', '+1d'],
      ['date', 'next week', '+1w'],
    ]);
    expect(dates('on 31/03/2027', 'en')).toEqual([['date', '31/03/2027', '2027-03-31']]);
    expect(dates('We may 2 be late, but in May, on May 2, it is done', 'en')).toEqual([
      ['date', 'May', '--05'],
      ['date', 'May 2', '--05-02'],
    ]);
  });
});
