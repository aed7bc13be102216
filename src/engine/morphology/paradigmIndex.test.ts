import { describe, expect, it } from 'vitest';
import { frontCode } from './frontCoding.ts';
import { ParadigmIndex } from './paradigmIndex.ts';

/** Two paradigms of a toy table: regular -are verbs, and one verb with an irregular participle. */
const index = new ParadigmIndex({
  verb: {
    slots: ['ind.pres.S1', 'part.past.S', 'part.past.SF'],
    paradigms: [
      { rules: 'are>o are>ato are>ata', stems: frontCode(['arriv', 'lavor']) },
      { rules: 're>ccio re>tto -', stems: frontCode(['fa']) },
    ],
    secondary: { lemmaSlot: 'part.past.S', slots: ['part.past.S', 'part.past.SF'] },
  },
  noun: { slots: ['p'], paradigms: [{ rules: 'o>i', stems: frontCode(['lavor']) }] },
});
const read = (form: string) => index.analyse(form).map(({ lemma, category, slot }) => `${lemma} ${category} ${slot}`.trim());

describe('ParadigmIndex', () => {
  it('reads a form as each lemma whose paradigm makes it, with the part of speech and slot', () => {
    expect(read('arrivo')).toEqual(['arrivare verb ind.pres.S1']);
    expect(read('lavoro')).toEqual(['lavorare verb ind.pres.S1', 'lavoro noun']);
    expect(read('lavori')).toEqual(['lavoro noun p']);
    expect(read('arrivare')).toEqual(['arrivare verb']);
  });

  it('reads the forms the table gives and no others: a regular ending on an irregular lemma is no form', () => {
    expect(read('fatto')).toEqual(['fare verb part.past.S', 'fatto verb part.past.S']);
    expect(read('faccio')).toEqual(['fare verb ind.pres.S1']);
    expect(read('fato')).toEqual([]);
    expect(read('fao')).toEqual([]);
    expect(read('arrivi')).toEqual([]);
  });

  it('gives a past participle its own lemma as well (the adjective), in every slot that has one', () => {
    expect(read('arrivata')).toEqual(['arrivare verb part.past.SF', 'arrivato verb part.past.SF']);
  });

  it('knows lemmas by part of speech', () => {
    expect(index.hasLemma('verb', 'lavorare')).toBe(true);
    expect(index.hasLemma('noun', 'lavorare')).toBe(false);
  });
});
