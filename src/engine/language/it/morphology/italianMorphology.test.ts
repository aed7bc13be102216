import { describe, expect, it } from 'vitest';
import { createItalianMorphology } from './italianMorphology.ts';

const italian = createItalianMorphology();
/** Each form's lemmas must include the expected one. */
const expectLemma = (lemma: string, forms: string[]) => {
  for (const form of forms) expect(italian.lemmas(form), form).toContain(lemma);
};

describe('Italian lemmas', () => {
  it('reads regular verbs in every mood, tense and person', () => {
    expectLemma('arrivare', ['arriverà', 'arriva', 'arrivato', 'arrivate', 'arrivavamo', 'arrivai', 'arrivassero', 'arriverebbe', 'arriviamo', 'arrivando', 'arrivino']);
    expectLemma('inviare', ['invieremo', 'invio', 'invii', 'inviato', 'inviamo']);
    expectLemma('ricevere', ['ricevuto', 'riceverà', 'ricevettero', 'riceva']);
    expectLemma('comunicare', ['comunicheremo', 'comunichi', 'comunicato']);
    expectLemma('pagare', ['pagherà', 'paghi', 'pagato']);
    expectLemma('finire', ['finisco', 'finisce', 'finito', 'finiremo']);
  });

  it('reads irregular verbs, the auxiliaries included', () => {
    expectLemma('fare', ['fatto', 'faccio', 'fa', 'farò', 'feci', 'facendo']);
    expectLemma('potere', ['può', 'posso', 'potrà', 'possa', 'potuto']);
    expectLemma('dire', ['dette', 'detto', 'dica', 'dirò']);
    expectLemma('prendere', ['presi', 'preso', 'prenderà']);
    expectLemma('mettere', ['messo', 'misi']);
    expectLemma('venire', ['venga', 'vengo', 'verrà', 'venuto']);
    expectLemma('andare', ['vado', 'va', 'andrà', 'vada']);
    expectLemma('essere', ['è', 'sono', 'era', 'sarà', 'sia', 'fosse', 'stato']);
    expectLemma('avere', ['ha', 'abbiamo', 'ho', 'avrà', 'abbia', 'avuto']);
  });

  it('strips pronouns attached to an infinitive, gerund or imperative', () => {
    expectLemma('aiutare', ['aiutarla', 'aiutarti', 'aiutandoLa'.toLowerCase()]);
    expectLemma('inviare', ['inviarle', 'inviarglielo', 'inviandole']);
    expectLemma('mandare', ['mandarti', 'mandami', 'mandatemelo']);
    expectLemma('dire', ['dimmi', 'dirle', 'dillo', 'digli', 'ditemi']);
    expectLemma('dare', ['dandole', 'dammi', 'dacci']);
    expectLemma('comunicare', ['comunicarglielo', 'comunicarle']);
    expectLemma('fare', ['facciamolo', 'fallo', 'farlo']);
    expectLemma('porre', ['porlo']);
    expectLemma('accorgersi', ['accorgermi', 'accorgendosene']);
    expectLemma('essere', ['esserle', 'essendoci']);
    expectLemma('avere', ['averlo', 'averci', 'avendola']);
    expectLemma('andare', ['vattene', 'andarsene']);
    expectLemma('ecco', ['eccomi', 'eccolo']);
    // What a pronoun does not follow: a finite verb, or a bare syllable.
    expect(italian.lemmas('amici')).not.toContain('amare');
    expect(italian.lemmas('vale')).not.toContain('andare');
  });

  it('reads nouns and adjectives by gender and number, irregular plurals included', () => {
    expectLemma('carta', ['carte']);
    expectLemma('pratica', ['pratiche', 'pratica']);
    expectLemma('pratico', ['pratiche', 'pratici']);
    expectLemma('documento', ['documenti']);
    expectLemma('rinnovato', ['rinnovata', 'rinnovati']);
    expectLemma('uomo', ['uomini']);
    expectLemma('ufficio', ['uffici']);
    expectLemma('città', ['città']);
    expectLemma('bello', ['belle', 'bel', 'begli']);
  });

  it('reads adverbs in -mente, superlatives and the closed classes', () => {
    expect(italian.lemmas('rapidamente')).toEqual(['rapidamente']);
    expect(italian.isWord('gentilmente')).toBe(true);
    expect(italian.isWord('velocemente')).toBe(true);
    expect(italian.isWord('decisamente')).toBe(true);
    expect(italian.isWord('bellamente')).toBe(true);
    // On the feminine only: not the masculine, not a noun.
    expect(italian.isWord('rapidomente')).toBe(false);
    expect(italian.isWord('cartamente')).toBe(false);
    expectLemma('gentile', ['gentilissima', 'gentilissimi']);
    expectLemma('ricco', ['ricchissimo']);
    expectLemma('poco', ['pochissimo', "po'"]);
    expectLemma('di', ['della', "dell'", 'degli']);
    expectLemma('il', ["l'", 'gli']);
    expectLemma('questo', ["quest'"]);
    expectLemma('perché', ['perché']);
  });

  it('knows nothing of a word it cannot read', () => {
    expect(italian.lemmas('xyzzy')).toEqual([]);
    expect(italian.lemmas('uficio')).toEqual([]);
    expect(italian.lemmas('')).toEqual([]);
    expect(italian.lemmas('a'.repeat(20_000))).toEqual([]);
  });
});

describe('Italian spelling', () => {
  it('takes every inflection of common words, elided forms and loanwords of customer service', () => {
    const words =
      "ufficio uffici rimborso rimborsi rimborsato pratica pratiche garanzia garanzie più già perché poiché né sé qui qua dell' l' un' quest' po' email link ticket tracking account password online feedback";
    for (const word of words.split(' ')) expect(italian.isWord(word), word).toBe(true);
  });

  it('refuses typos and missing or wrong accents', () => {
    for (const word of ['uficio', 'rimbroso', 'pratcia', 'garanzzia', 'piu', 'gia', 'perche', 'perchè', 'poichè', 'qui\u0300', 'quì', 'stà', 'sù']) expect(italian.isWord(word), word).toBe(false);
  });

  it('suggests the correction first', () => {
    const corrections: Record<string, string> = {
      uficio: 'ufficio',
      rimbroso: 'rimborso',
      pratcia: 'pratica',
      garanzzia: 'garanzia',
      piu: 'più',
      gia: 'già',
      perche: 'perché',
      perchè: 'perché',
      poichè: 'poiché',
      quì: 'qui',
      stà: 'sta',
      eccezzionale: 'eccezionale',
      sopratutto: 'soprattutto',
      purtoppo: 'purtroppo',
      informazzioni: 'informazioni',
      cerchero: 'cercherò',
      potro: 'potrò',
      puo: 'può',
      ringrazzio: 'ringrazio',
      accellerare: 'accelerare',
      collaborazzione: 'collaborazione',
    };
    for (const [typo, correction] of Object.entries(corrections)) expect(italian.suggest(typo, { limit: 1 }), typo).toEqual([correction]);
  });

  it('suggests a few words at most, none for what is far from any word or too long to be one', () => {
    expect(italian.suggest('piu').length).toBeLessThanOrEqual(3);
    expect(italian.suggest('qwzxqwzx')).toEqual([]);
    expect(italian.suggest('a'.repeat(20_000))).toEqual([]);
  });

  it('tells foreign-looking words and names from Italian ones', () => {
    for (const word of ['jack', 'hockey', 'the', 'shopping', 'weekend', 'youtube']) expect(italian.looksForeign(word), word).toBe(true);
    for (const word of ['ufficio', 'uficio', 'con', 'signor', 'perché', "dell'"]) expect(italian.looksForeign(word), word).toBe(false);
  });
});
