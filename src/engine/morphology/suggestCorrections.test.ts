import { describe, expect, it } from 'vitest';
import { suggestCorrections, type SpellingAlphabet } from './suggestCorrections.ts';

const alphabet: SpellingAlphabet = {
  letters: 'abcdefghilmnopqrstuvzàèéìòù',
  accents: { a: 'à', e: 'èé', i: 'ì', o: 'ò', u: 'ù' },
  keyboardRows: [
    { keys: 'qwertyuiop', shift: 0 },
    { keys: 'asdfghjkl', shift: 0.25 },
    { keys: 'zxcvbnm', shift: 0.75 },
  ],
  elision: "'",
};
const suggest = (word: string, words: string[], limit = 3) => suggestCorrections(word, (candidate) => words.includes(candidate), alphabet, { limit });

describe('suggestCorrections', () => {
  it('finds words one edit away: a letter added, dropped, changed or two swapped', () => {
    expect(suggest('uficio', ['ufficio'])).toEqual(['ufficio']);
    expect(suggest('garanzzia', ['garanzia'])).toEqual(['garanzia']);
    expect(suggest('rimbroso', ['rimborso'])).toEqual(['rimborso']);
    expect(suggest('pratcia', ['pratica'])).toEqual(['pratica']);
    expect(suggest('arrivaderci', ['arrivederci'])).toEqual(['arrivederci']);
    expect(suggest('ufficioo', ['ufficio'])).toEqual(['ufficio']);
  });

  it('ranks the likeliest slip first: an accent, then a doubled letter, a swap, a neighbouring key, a letter added or dropped, a vowel for another', () => {
    expect(suggest('piu', ['pio', 'più', 'pius'])).toEqual(['più', 'pius', 'pio']);
    expect(suggest('perchè', ['perché', 'perche'])).toEqual(['perché', 'perche']);
    expect(suggest('sè', ['se', 'sé'])).toEqual(['sé', 'se']);
    expect(suggest('caro', ['carro', 'cara', 'ciro'])).toEqual(['carro', 'cara', 'ciro']);
    expect(suggest('cada', ['cava', 'casa', 'cara'])).toEqual(['cara', 'casa']);
  });

  it('takes no far consonant for another, nor a changed or swapped first letter: that is another word, not a slip', () => {
    expect(suggest('carpale', ['campale'])).toEqual([]);
    expect(suggest('dischi', ['fischi'])).toEqual([]);
    expect(suggest('orche', ['roche'])).toEqual([]);
    expect(suggest('sull', ["sull'"])).toEqual(["sull'"]);
  });

  it('puts accents on the last letter only, where the alphabet says so', () => {
    expect(suggest('citta', ['città', 'cìtta'])).toEqual(['città', 'cìtta']);
    expect(suggestCorrections('citta', (candidate) => ['città', 'cìtta'].includes(candidate), { ...alphabet, finalAccentsOnly: true })).toEqual(['città']);
  });

  it('stops at the limit and says nothing when no word is one edit away', () => {
    expect(suggest('piu', ['più', 'pio'], 1)).toEqual(['più']);
    expect(suggest('xyzzy', ['ufficio'])).toEqual([]);
  });
});
