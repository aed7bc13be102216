import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

const references = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'reference');

describe('references', () => {
  it.each([
    ['Il numero della Sua segnalazione è TK-58213: lo tenga a portata di mano.', 'TK-58213', 'TK-58213'],
    ['La pratica è aperta: il numero di riferimento è RS-30418.', 'RS-30418', 'RS-30418'],
    ['Il numero della pratica è PR-88412', 'PR-88412', 'PR-88412'],
    ['Grazie Francesca, verifico subito la spedizione PL-4471920', 'PL-4471920', 'PL-4471920'],
    ["Gliel'ho appena scritto: ordine 100-58273.", '100-58273', '100-58273'],
    ['Sono Laura Bianchi, codice cliente FN-204871, via Garibaldi 12 a Torino', 'FN-204871', 'FN-204871'],
    ['riceverà la quietanza con il numero di pratica RC-20931.', 'RC-20931', 'RC-20931'],
    ['Sì, eccola: tk-58213', 'tk-58213', 'TK-58213'],
    ['Il codice è TK58213', 'TK58213', 'TK58213'],
    ['Le ho aperto la pratica numero 58213.', 'numero 58213', '58213'],
    ['Il ticket n. 58213 è in lavorazione', 'n. 58213', '58213'],
    ['Ticket n°58213', 'n°58213', '58213'],
    ['Pratica #58213, stato: aperta', '#58213', '58213'],
    ['Ordine nr. 100-58273', 'nr. 100-58273', '100-58273'],
    ['Il numero della pratica è 58213', '58213', '58213'],
    ['Ordine: 4471920', '4471920', '4471920'],
    ['Il reso IT-2027-00042 è stato accettato', 'IT-2027-00042', 'IT-2027-00042'],
    ['La Sua segnalazione ha il numero di protocollo 5521/2024.', '5521/2024', '5521/2024'],
  ])('%s', (text, typed, value) => {
    expect(references(text)).toEqual([['reference', typed, value]]);
  });

  it.each([
    ['Il mio numero è 347 555 0192, mi richiami.', 'a phone number is not a reference'],
    ['Numero 3475550192', 'nor one typed in one run'],
    ['Polizza RC auto, modello F24, robot Pulitò X5', 'short letter-digit names are no codes'],
    ['Per via del COVID-19 e delle norme PCI-DSS', 'nor standards'],
    ['La pratica del 2024 è chiusa', 'a year after a noun'],
    ['Abito in via Garibaldi 12, interno 5', 'an address'],
    ['Il premio di 412 euro', 'an amount'],
    ['La pratica. 412 persone hanno scritto', 'a noun in the sentence before'],
    ['Il numero 5', 'too short'],
  ])('%s: none (%s)', (text) => {
    expect(references(text)).toEqual([]);
  });

  it('reads English codes and marks', () => {
    expect(references('Your order number is 58213 and your ticket is TK-58213; ref. 30418', 'en')).toEqual([
      ['reference', '58213', '58213'],
      ['reference', 'TK-58213', 'TK-58213'],
      ['reference', 'ref. 30418', '30418'],
    ]);
  });
});
