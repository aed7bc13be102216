import { describe, expect, it } from 'vitest';
import { getLanguageData } from '../language/locales.ts';
import { MAX_CHECKED_UNKNOWN_WORDS } from './findMisspellings.ts';
import { findStyleIssues } from './findStyleIssues.ts';
import { tokenize } from './tokenize.ts';
import type { Locale } from '../language/locales.ts';

const issues = (text: string, locale: Locale = 'it', vocabulary?: ReadonlySet<string>) => {
  const data = getLanguageData(locale);
  return findStyleIssues(text, tokenize(text, data).tokens, data, vocabulary).map((i) => `${i.rule}:${i.excerpt}${i.suggestion ? '>' + i.suggestion : ''}`);
};

describe('findStyleIssues', () => {
  it('flags shorthand with suggestions, letter+digit tokens and k for ch', () => {
    expect(issues('cmq nn c6? kiamami qnd puoi')).toEqual(['shorthand:cmq>comunque', 'shorthand:nn>non', 'shorthand:c6>ci sei', 'shorthand:kiamami>chiamami', 'shorthand:qnd>quando']);
  });
  it('takes a k for shorthand only where ch spells a word, and never a word of the conversation', () => {
    expect(issues('Le mando uramaki e ketchup.')).toEqual([]);
    expect(issues('anke il poke')).toEqual(['shorthand:anke>anche', 'shorthand:poke>poche']);
    expect(issues('anke il poke', 'it', new Set(['poke']))).toEqual(['shorthand:anke>anche']);
  });
  it('leaves the ck of English words alone, and names customers do not know flags as jargon', () => {
    expect(issues('Il tracking del pacco è attivo.')).toEqual([]);
    expect(issues('La ONU e la OLT sono KO, apro un RMA.').map((issue) => issue.split(':')[0])).toEqual(['jargon', 'jargon', 'jargon', 'jargon']);
  });
  it('flags shouting but not acronyms', () => {
    expect(issues('Mi mandi IBAN e PDF del CAP')).toEqual([]);
    expect(issues('Il pagamento è conforme PCI-DSS.')).toEqual([]);
    expect(issues('NON È POSSIBILE')).toEqual(['all-caps:NON È POSSIBILE>non è possibile']);
    expect(issues('È IMPORTANTISSIMO')).toEqual(['all-caps:È IMPORTANTISSIMO>è importantissimo']);
  });
  it('flags repeated punctuation, emoji, emoticons and laughter', () => {
    expect(issues('Davvero?!?! Ok!!! 😀 :) ahahah')).toEqual(['repeated-punctuation:?!?!>?', 'repeated-punctuation:!!!>!', 'emoji:😀', 'emoji::)', 'joke:ahahah']);
    expect(issues('Alle 10:30, vedi https://example.it')).toEqual([]);
  });
  it('flags jargon and absolute promises', () => {
    expect(issues('Faccio escalation al backoffice. Le garantisco che sarà risolto al 100%')).toEqual([
      'jargon:escalation',
      'jargon:backoffice',
      'absolute-promise:Le garantisco',
      'absolute-promise:al 100%',
    ]);
  });
  it("flags a promise made on one's word", () => {
    expect(issues('Domani il tecnico viene, ha la mia parola.')).toEqual(['absolute-promise:ha la mia parola']);
    expect(issues('Ci può contare.')).toEqual(['absolute-promise:Ci può contare']);
    expect(issues('Le devo una parola di scuse.')).toEqual([]);
  });
  it('flags common misspellings', () => {
    expect(issues("perchè un pò, qual'è un'altro daccordo propio")).toEqual([
      'spelling:perchè>perché',
      "spelling:pò>po'",
      "spelling:qual'è>qual è",
      "spelling:un'altro>un altro",
      "spelling:daccordo>d'accordo",
      'spelling:propio>proprio',
    ]);
    expect(issues("qual è un altro po' d'accordo")).toEqual([]);
  });
  it('flags words the dictionary does not know, with the likeliest correction', () => {
    expect(issues("L'uficio ha ricevuto la pratcia, il rimbroso e la garanzzia arriveranno")).toEqual([
      'spelling:uficio>ufficio',
      'spelling:pratcia>pratica',
      'spelling:rimbroso>rimborso',
      'spelling:garanzzia>garanzia',
    ]);
    expect(issues('Non è piu possibile, gia fatto, perche il sistema è bloccato')).toEqual(['spelling:piu>più', 'spelling:gia>già', 'spelling:perche>perché']);
    expect(issues('Purtroppo è così. Garanzzia scaduta.')).toEqual(['spelling:Garanzzia>Garanzia']);
    expect(issues('il guasto è sull armadio')).toEqual(["spelling:sull>sull'"]);
  });

  it('reads every inflection, pronouns attached and courtesy capitals included, and leaves names, codes and foreign words alone', () => {
    expect(issues("Buongiorno signora Bianchi, sono Giulia di FibraNet: le invieremo il tracking della pratica PR-88412 via email entro domani, dell'ordine FG 482 LM.")).toEqual([]);
    expect(issues('Posso aiutarLa? Glielo comunicheremo appena arriverà, ci scusiamo: provvederemo a inviarLe il rimborso.')).toEqual([]);
    expect(issues('Ho parlato con Jack e con il team di customer care del Bluetooth.')).toEqual([]);
    // At a sentence start a capital may be a name: only an accent, a doubled letter or a swap counts there.
    expect(issues('Siri non risponde. Guccio è arrivato.')).toEqual([]);
  });

  it('catches with the dictionary the misspellings the list no longer holds, with the same correction, at a sentence start too', () => {
    const caught: Record<string, string> = {
      perchè: 'perché',
      poichè: 'poiché',
      affinchè: 'affinché',
      benchè: 'benché',
      finchè: 'finché',
      nonchè: 'nonché',
      purchè: 'purché',
      giacchè: 'giacché',
      pressochè: 'pressoché',
      stà: 'sta',
      quì: 'qui',
      quà: 'qua',
      eccezzionale: 'eccezionale',
      areoporto: 'aeroporto',
      collaborazzione: 'collaborazione',
      soddisfazzione: 'soddisfazione',
      informazzioni: 'informazioni',
      cerchero: 'cercherò',
      potro: 'potrò',
      gia: 'già',
      piu: 'più',
      perche: 'perché',
      cioe: 'cioè',
      puo: 'può',
      sopratutto: 'soprattutto',
      ringrazzio: 'ringrazio',
    };
    const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
    for (const [typo, correction] of Object.entries(caught)) {
      expect(getLanguageData('it').style.misspellings[typo], typo).toBeUndefined();
      expect(issues(`Le dico che ${typo} va bene`), typo).toEqual([`spelling:${typo}>${correction}`]);
      expect(issues(`${capital(typo)} va bene`), typo).toEqual([`spelling:${capital(typo)}>${capital(correction)}`]);
    }
  });

  it("takes the caller's vocabulary (the scenario's names and products) as words", () => {
    expect(issues('il piano velocia è attivo')).toEqual(['spelling:velocia>veloci']);
    expect(issues('il piano velocia è attivo', 'it', new Set(['velocia']))).toEqual([]);
  });

  it('leaves a word to the rule that already flags it: shorthand, laughter, the known misspellings', () => {
    expect(issues('cmq ahahah perchè')).toEqual(['shorthand:cmq>comunque', 'joke:ahahah', 'spelling:perchè>perché']);
  });

  it(`checks at most ${MAX_CHECKED_UNKNOWN_WORDS} unknown words a reply, so hostile text stays linear`, () => {
    const typos = Array.from({ length: 20 }, () => 'uficio').join(' ');
    expect(issues(typos)).toHaveLength(MAX_CHECKED_UNKNOWN_WORDS);
  });

  it('works for English', () => {
    expect(issues('thx, brb lol', 'en')).toEqual(['shorthand:thx>thanks', 'shorthand:brb>be right back', 'shorthand:lol', 'joke:lol']);
  });
});
