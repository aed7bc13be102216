import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLocale } from '../../language/locales.ts';
import { entitiesIn } from '../../testSupport.ts';
import { tokenize } from '../tokenize.ts';
import { findEntities } from './findEntities.ts';

const find = (text: string, locale: 'it' | 'en' = 'it') => {
  const { data, entities } = getLocale(locale);
  const { tokens } = tokenize(text, data);
  return { tokens, entities: findEntities(text, tokens, entities) };
};

describe('findEntities', () => {
  it('reads an insurance renewal', () => {
    expect(entitiesIn('Ho verificato: per la targa FG 482 LM il premio di rinnovo è di 412 euro, con scadenza il 31 marzo. Le invio il link di pagamento entro 5 minuti.')).toEqual([
      ['plate', 'FG 482 LM', 'FG482LM'],
      ['amount', '412 euro', '412.00 EUR'],
      ['date', 'il 31 marzo', '--03-31'],
      ['duration', 'entro 5 minuti', 5],
    ]);
  });

  it('reads a broadband outage', () => {
    expect(
      entitiesIn(
        "Le ho già aperto la pratica: il numero della Sua segnalazione è TK-58213. Ho fissato un nuovo appuntamento prioritario per domani mattina tra le 8 e le 12; il tecnico Le telefonerà mezz'ora prima. Se non passasse, ci chiami al 800 123 456.",
      ),
    ).toEqual([
      ['reference', 'TK-58213', 'TK-58213'],
      ['date', 'domani', '+1d'],
      ['time-window', 'mattina', 'morning'],
      ['time-window', 'tra le 8 e le 12', '08:00-12:00'],
      ['duration', "mezz'ora", 30],
      ['phone', '800 123 456', '+39800123456'],
    ]);
  });

  it('reads a parcel delivery', () => {
    expect(
      entitiesIn(
        'Ho verificato la spedizione PL-4471920: il pacco è fermo al deposito di Bologna. Ho aggiornato l’indirizzo con l’interno 5 e la consegna è programmata per domani tra le 9 e le 13; riceverai un SMS con il link paccolesto.it/traccia. Il numero della pratica è PR-88412.',
      ),
    ).toEqual([
      ['reference', 'PL-4471920', 'PL-4471920'],
      ['date', 'domani', '+1d'],
      ['time-window', 'tra le 9 e le 13', '09:00-13:00'],
      ['url', 'paccolesto.it/traccia', 'paccolesto.it/traccia'],
      ['reference', 'PR-88412', 'PR-88412'],
    ]);
  });

  it('reads an e-commerce return', () => {
    expect(
      entitiesIn(
        "Ho verificato l'ordine 100-58273: sono trascorsi i 14 giorni del recesso. Entro 24 ore riceverà una email a mario.rossi@example.it con l'etichetta prepagata; il laboratorio verifica il difetto entro 5 giorni lavorativi dal ritiro. Pratica RS-30418.",
      ),
    ).toEqual([
      ['reference', '100-58273', '100-58273'],
      ['duration', '14 giorni', 20160],
      ['duration', 'Entro 24 ore', 1440],
      ['email', 'mario.rossi@example.it', 'mario.rossi@example.it'],
      ['duration', 'entro 5 giorni lavorativi', 7200],
      ['reference', 'RS-30418', 'RS-30418'],
    ]);
  });

  it("reads a customer's own words", () => {
    expect(entitiesIn('Sono Laura Bianchi, codice cliente FN-204871, via Garibaldi 12 a Torino. Ieri il tecnico doveva venire tra le 9 e le 13, ho preso mezza giornata di permesso!')).toEqual([
      ['reference', 'FN-204871', 'FN-204871'],
      ['date', 'Ieri', '-1d'],
      ['time-window', 'tra le 9 e le 13', '09:00-13:00'],
      ['duration', 'mezza giornata', 720],
    ]);
  });

  it('finds nothing where a reply states nothing', () => {
    expect(entitiesIn('Buongiorno, sono Giulia di Assicurazioni Aurora. Come posso esserLe utile?')).toEqual([]);
    expect(entitiesIn("Le auguro una buona serata, arrivederci! C'è altro in cui posso aiutarLa?")).toEqual([]);
  });

  it("gives each entity the tokenizer's sentence", () => {
    const { tokens, entities } = find('Grazie per la pazienza. Il numero è TK-58213. Alle 9:00 passa il tecnico.');
    expect(entities.map((entity) => [entity.text, entity.sentence])).toEqual([
      ['TK-58213', 1],
      ['Alle 9:00', 2],
    ]);
    expect(tokens.find((token) => token.raw === 'Alle')?.sentence).toBe(2);
  });

  it('keeps the text as typed and its offsets', () => {
    const text = '  Entro   24 ore,\nal €412 ';
    for (const entity of find(text).entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  });
});

/** Text made of what entities are made of, so the readers are tried hard: digits, dashes, dots, @, colons, the data's words. */
const pieces = fc.constantFrom(
  ...['1', '9', '13', '00', '2027', '58213', '347', '555', '0192', '-', '–', '.', ',', ':', '/', '@', '+', '#', '€', '$', '%', "'", '’', '(', ')'],
  ...['TK', 'FG', 'LM', 'AB', 'tk', 'h', 'am', 'pm', 'www', 'http', 'it', 'com', 'e', 'le', 'tra', 'dalle', 'alle', 'entro', 'in', 'ore', 'minuti', 'giorni', 'lavorativi'],
  ...['marzo', 'lunedì', 'domani', 'mattina', 'fascia', 'euro', 'mila', 'nove', 'mezza', 'un', 'paio', 'di', 'numero', 'n', 'pratica', 'il', 'within', 'between', 'and'],
  ...['😀', '\ud800', 'È', '\n', ' ', ' ', ' '],
);
const entityText = fc.oneof(
  fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.string({ unit: fc.constantFrom('1', '-', '.', '@', ':', 'a', ' ', '/'), maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('findEntities on any text', () => {
  it('never throws, and each entity is the text between its offsets, in order, apart, in a sentence of the reply', () => {
    fc.assert(
      fc.property(entityText, fc.constantFrom('it' as const, 'en' as const), (text, locale) => {
        const { tokens, entities } = find(text, locale);
        const sentences = Math.max(0, ...tokens.map((token) => token.sentence));
        let end = 0;
        for (const entity of entities) {
          expect(entity.start).toBeGreaterThanOrEqual(end);
          expect(entity.end).toBeGreaterThan(entity.start);
          expect(entity.end).toBeLessThanOrEqual(text.length);
          expect(entity.text).toBe(text.slice(entity.start, entity.end));
          expect(entity.sentence).toBeGreaterThanOrEqual(0);
          expect(entity.sentence).toBeLessThanOrEqual(sentences);
          expect(typeof entity.value === 'string' ? entity.value.length : Number.isFinite(entity.value) && entity.value > 0).toBeTruthy();
          end = entity.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads long runs of digits, dashes, dots, @ and colons, and 20,000 characters of anything', () => {
    const runs = [
      '7'.repeat(20_000),
      '1-'.repeat(10_000),
      '1.'.repeat(10_000),
      'a@'.repeat(10_000),
      '11:'.repeat(6_000),
      '9:00-1.2/3@a.it '.repeat(1_250),
      'FG 482 LM '.repeat(2_000),
      'tra le 9 e '.repeat(1_800),
    ];
    for (const text of runs) {
      for (const entity of find(text).entities) expect(entity.text).toBe(text.slice(entity.start, entity.end));
    }
  });
});
