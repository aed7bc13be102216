import { describe, expect, it } from 'vitest';
import { analyzeReply } from './analyzeReply.ts';
import { getLanguageData } from '../language/locales.ts';
import { TopicReader } from './topics.ts';

const corpus = [
  'Buongiorno, vorrei rinnovare la polizza.',
  'Ci sono alternative alla carta di credito per il rinnovo?',
  'Mi arriverà un documento del rinnovo?',
  'Riceverà la quietanza via email, con il numero di pratica.',
  'Il rinnovo è confermato.',
];
const reader = new TopicReader(corpus, getLanguageData('it'));
const documents = reader.topic(['Mi arriverà un documento del rinnovo?', 'Riceverà la quietanza via email, con il numero di pratica.']);

describe('TopicReader', () => {
  it('weighs a word the scenario uses everywhere below a rarer one', () => {
    expect(reader.weight('rinnov')).toBeLessThan(reader.weight('quietanz'));
  });

  it('reads a reply that takes the question up in other words', () => {
    expect(reader.takesUp(analyzeReply('Sì: i documenti le arriveranno via email con la quietanza.', 'it'), documents)).toBe(true);
  });

  it('does not count a reply that only shares the common words', () => {
    expect(reader.takesUp(analyzeReply('Il rinnovo è andato a buon fine.', 'it'), documents)).toBe(false);
  });

  it('reads sentence by sentence: words scattered across sentences do not add up', () => {
    expect(reader.takesUp(analyzeReply('Ecco i documenti. Le scrivo presto. Via libera.', 'it'), documents)).toBe(false);
  });
});

describe('word families with the language pack', () => {
  const pack = new TopicReader(corpus, getLanguageData('it'));
  it('reads one family in a noun and its verb, and in a derived noun', () => {
    const shared = (a: string, b: string) => [...pack.families(a)].filter((family) => pack.families(b).has(family));
    expect(shared('documentazione', 'documenti')).not.toEqual([]);
    expect(shared('arriverà', 'arrivano')).not.toEqual([]);
    expect(shared('pagamento', 'pagato')).not.toEqual([]);
  });

  it('leaves out light verbs, which say nothing of the topic', () => {
    expect([...pack.families('ha fatto')]).toEqual([]);
  });
});
