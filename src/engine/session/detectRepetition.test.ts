import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../analysis/analyzeReply.ts';
import { findRepeatedReply } from './detectRepetition.ts';

const words = (text: string) => analyzeReply(text, 'it');

describe('findRepeatedReply', () => {
  it('finds a reply copied again, even with small edits', () => {
    const earlier = [words('La ringraziamo per la pazienza, stiamo verificando la sua pratica.')];
    expect(findRepeatedReply(words('La ringraziamo per la pazienza, stiamo verificando la pratica.'), earlier)).toBe(0);
  });

  it('finds a stock sentence pasted again into a new answer', () => {
    const earlier = [words('Grazie per averci contattato, ci scusiamo per il disagio. Verifico subito la spedizione.'), words('Il pacco è al deposito di Bologna.')];
    const next = words('Grazie per averci contattato, ci scusiamo per il disagio. La consegna è domani tra le 9 e le 13.');
    expect(findRepeatedReply(next, earlier)).toBe(0);
  });

  it('leaves alone short courtesies and different answers', () => {
    const earlier = [words('Grazie mille. Il pacco partirà domani mattina dal deposito.')];
    expect(findRepeatedReply(words('Grazie mille. La consegna è prevista tra le 9 e le 13.'), earlier)).toBe(-1);
  });
});
