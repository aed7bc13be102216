import { describe, expect, it } from 'vitest';
import { entitiesIn } from '../../testSupport.ts';

const plates = (text: string, locale: 'it' | 'en' = 'it') => entitiesIn(text, locale).filter(([type]) => type === 'plate');

describe('car plates', () => {
  it.each([
    ['Ecco, la polizza RC auto della targa FG 482 LM scade il 31 marzo', 'FG 482 LM'],
    ['La targa è FG482LM', 'FG482LM'],
    ['targa FG-482-LM', 'FG-482-LM'],
    ['Targa: FG 482LM.', 'FG 482LM'],
  ])('%s', (text, typed) => {
    expect(plates(text)).toEqual([['plate', typed, 'FG482LM']]);
  });

  it.each([
    ['Polizza RC auto', 'no digits'],
    ['targa fg 482 lm', 'not in capitals'],
    ['AB 12 CD', 'too few digits'],
    ['FI 482 LM', 'a letter plates do not use'],
    ['XFG 482 LM', 'too many letters'],
    ['FG 482 LMN', 'nor after'],
    ['ordine TK-58213', 'a code'],
  ])('%s: no plate (%s)', (text) => {
    expect(plates(text)).toEqual([]);
  });

  it('reads the plate shapes of the English locale', () => {
    expect(plates('Plate AB12 CDE or FG 482 LM', 'en')).toEqual([
      ['plate', 'AB12 CDE', 'AB12CDE'],
      ['plate', 'FG 482 LM', 'FG482LM'],
    ]);
  });
});
