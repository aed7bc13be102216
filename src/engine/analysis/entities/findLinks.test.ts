import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';
import { findLinks } from './findLinks.ts';
import { lexItems } from './lexItems.ts';

const linksIn = (text: string) => findLinks(text, lexItems(text));

describe('links and email addresses', () => {
  it.each([
    ['Ci scriva a assistenza@paccolesto.it per il reso', 'email', 'assistenza@paccolesto.it', 'assistenza@paccolesto.it'],
    ["L'indirizzo registrato è Mario.Rossi+ordini@Example.COM.", 'email', 'Mario.Rossi+ordini@Example.COM', 'mario.rossi+ordini@example.com'],
    ['(scriva a resi@shop.co.uk)', 'email', 'resi@shop.co.uk', 'resi@shop.co.uk'],
    ['Segua il corriere su paccolesto.it/traccia', 'url', 'paccolesto.it/traccia', 'paccolesto.it/traccia'],
    ['Trova tutto su www.assicurazioniaurora.it.', 'url', 'www.assicurazioniaurora.it', 'assicurazioniaurora.it'],
    ['Apra https://www.PaccoLesto.it/traccia?n=PL-4471920 e segua i passi', 'url', 'https://www.PaccoLesto.it/traccia?n=PL-4471920', 'paccolesto.it/traccia?n=PL-4471920'],
    ['Link: http://fibranet.it/', 'url', 'http://fibranet.it/', 'fibranet.it'],
    ['(vedi https://it.wikipedia.org/wiki/Polizza_(assicurazione))', 'url', 'https://it.wikipedia.org/wiki/Polizza_(assicurazione)', 'it.wikipedia.org/wiki/Polizza_(assicurazione)'],
    ['Il sito è paccolesto.it', 'url', 'paccolesto.it', 'paccolesto.it'],
  ])('%s', (text, type, typed, value) => {
    expect(entitiesIn(text)).toEqual([[type, typed, value]]);
  });

  it('keeps what a link holds as the link: a time, a code, a date', () => {
    expect(entitiesIn('https://paccolesto.it/traccia/PL-4471920?ora=9:00&giorno=31/03')).toEqual([
      ['url', 'https://paccolesto.it/traccia/PL-4471920?ora=9:00&giorno=31/03', 'paccolesto.it/traccia/PL-4471920?ora=9:00&giorno=31/03'],
    ]);
    expect(entitiesIn('mario1980@gmail.com')).toEqual([['email', 'mario1980@gmail.com', 'mario1980@gmail.com']]);
  });

  it.each([
    ['Grazie.Arrivederci', 'two words without a space'],
    ['p.es. una polizza', 'an abbreviation'],
    ['Assicurazioni Aurora S.p.A.', 'a company form'],
    ['ecc.', 'etcetera'],
    ['costa 1.200 euro', 'a number'],
    ['a@@b.it, x@y, @mario', 'no address'],
    ['https:// e www.', 'a scheme alone'],
  ])('%s: none (%s)', (text) => {
    expect(linksIn(text)).toEqual([]);
  });

  it('reads runs of @, dots and schemes in one pass', () => {
    const runs = ['@'.repeat(5000), 'a.'.repeat(5000), `x@${'a.'.repeat(2500)}@${'b.'.repeat(2500)}`, 'http://'.repeat(1000), `www.${'a'.repeat(10_000)}`];
    for (const text of runs) for (const link of linksIn(text)) expect(text.slice(link.start, link.end).length).toBeGreaterThan(0);
    expect(linksIn(`www.${'a'.repeat(10_000)}`)).toHaveLength(1);
  });
});
