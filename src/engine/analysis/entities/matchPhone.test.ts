import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

const phones = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'phone');

describe('phone numbers', () => {
  it.each([
    ['Via Mazzini 8, Bologna, telefono 347 555 0192', '347 555 0192', '+393475550192'],
    ['Mi richiami al 3475550192', '3475550192', '+393475550192'],
    ['Cellulare 347-555-0192', '347-555-0192', '+393475550192'],
    ['Cellulare 347.555.0192', '347.555.0192', '+393475550192'],
    ['Il numero della sede è +39 02 1234567', '+39 02 1234567', '+39021234567'],
    ['oppure 0039 02 1234567', '0039 02 1234567', '+39021234567'],
    ['Ufficio 02/1234567', '02/1234567', '+39021234567'],
    ['Chiami il numero verde 800 123 456, gratuito', '800 123 456', '+39800123456'],
    ['Dall’estero: +44 20 7946 0958', '+44 20 7946 0958', '+442079460958'],
  ])('%s', (text, typed, value) => {
    expect(phones(text)).toEqual([['phone', typed, value]]);
  });

  it.each([
    ['Ordine 100-58273', 'an order code'],
    ['Il premio è di 412 euro', 'an amount'],
    ['Nel 2027 e nel 2028', 'years'],
    ['tra le 9 e le 13', 'hours'],
    ['Il 31 03 2027', 'a day, month and year'],
    ['Sono 800.000 euro', 'an amount in thousands'],
    ['interno 5, scala 12', 'an address'],
  ])('%s: no phone (%s)', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('stops before digits the number has no room for', () => {
    expect(phones('347 555 0192 30 minuti')).toEqual([['phone', '347 555 0192', '+393475550192']]);
  });

  it('reads numbers of the English locale, without the trunk 0', () => {
    expect(phones('Call 020 7946 0958 or +39 347 555 0192', 'en')).toEqual([
      ['phone', '020 7946 0958', '+442079460958'],
      ['phone', '+39 347 555 0192', '+393475550192'],
    ]);
  });
});
