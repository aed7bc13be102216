import { describe, expect, it } from 'vitest';
import { analyzeReply } from './analyzeReply.ts';
import { asksForCardData } from './asksForCardData.ts';

const asks = (text: string) => asksForCardData(analyzeReply(text, 'it'));

describe('asksForCardData', () => {
  it('reads a request for card data, in a question or a statement of need', () => {
    expect(asks('Mi indica il numero della carta e il CVV?')).toBe(true);
    expect(asks("Mi servono i dati della carta per l'indennizzo: numero a 16 cifre e scadenza.")).toBe(true);
    expect(asks('Perfetto, attendo qui i dati della carta: numero, scadenza e CVV.')).toBe(true);
  });
  it('reads a request that takes up, by a pronoun, the card data the sentence before named', () => {
    expect(asks('Servono numero della carta, scadenza e CVV. Me li scriva pure qui.')).toBe(true);
  });
  it('does not read as a request card data named to reassure or refused', () => {
    expect(asks('Non Le chiederò mai il CVV. Lo tenga per sé.')).toBe(false);
    expect(asks('Il numero della carta non serve. La ringrazio.')).toBe(false);
    expect(asks('Il numero della carta non serve. Mi scriva pure se ha altre domande.')).toBe(false);
    // 'la' here is an article, not a pronoun taking up the card data.
    expect(asks('Numero e codice della carta non li scriva mai in chat. Quando ha pagato, la quietanza Le arriva via email, mi conferma.')).toBe(false);
  });
});
