import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

const amounts = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'amount');

describe('amounts', () => {
  it.each([
    ['Il premio di rinnovo è di 412 euro, invariato', '412 euro', '412.00 EUR'],
    ['Il pagamento di 412 euro risulta registrato', '412 euro', '412.00 EUR'],
    ['Totale: € 412', '€ 412', '412.00 EUR'],
    ['Totale: €412,50', '€412,50', '412.50 EUR'],
    ['Il reso vale 412,50 €.', '412,50 €', '412.50 EUR'],
    ['Costa 89.90€ spedizione inclusa', '89.90€', '89.90 EUR'],
    ['Le rimborsiamo 12 EUR di spese', '12 EUR', '12.00 EUR'],
    ['Mi avete addebitato dodici euro in più', 'dodici euro', '12.00 EUR'],
    ['Non aumenterà di un euro', 'un euro', '1.00 EUR'],
    ['Il robot costa 1.200 euro', '1.200 euro', '1200.00 EUR'],
    ['Rimborso di 1.200,50 €', '1.200,50 €', '1200.50 EUR'],
    ['Un danno da 3 mila euro', '3 mila euro', '3000.00 EUR'],
    ['Un risarcimento di un milione di euro', 'un milione di euro', '1000000.00 EUR'],
    ['Un fatturato di 1,5 miliardi di euro', '1,5 miliardi di euro', '1500000000.00 EUR'],
    ['Sono solo 0,50 € di commissione', '0,50 €', '0.50 EUR'],
    ['Costa 20 dollari', '20 dollari', '20.00 USD'],
    ['duecentomila euro', 'duecentomila euro', '200000.00 EUR'],
  ])('%s', (text, typed, value) => {
    expect(amounts(text)).toEqual([['amount', typed, value]]);
  });

  it.each([
    ['Il premio è aumentato nel 2027', 'a year'],
    ['Lo garantisco al 100%', 'a percentage'],
    ['Ordine 100-58273', 'a code'],
    ['Il pacco pesa 412 grammi', 'another unit'],
    ['PL-412 euro', 'the tail of a code'],
  ])('%s: no amount (%s)', (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it('reads English amounts', () => {
    expect(amounts('It costs $12, or 12 euros, or €412.50, or twelve dollars, or £5, or 1,200.50 USD, or one hundred and twenty dollars', 'en')).toEqual([
      ['amount', '$12', '12.00 USD'],
      ['amount', '12 euros', '12.00 EUR'],
      ['amount', '€412.50', '412.50 EUR'],
      ['amount', 'twelve dollars', '12.00 USD'],
      ['amount', '£5', '5.00 GBP'],
      ['amount', '1,200.50 USD', '1200.50 USD'],
      ['amount', 'one hundred and twenty dollars', '120.00 USD'],
    ]);
  });
});
