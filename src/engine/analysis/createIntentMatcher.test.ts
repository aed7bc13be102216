import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeReply } from './analyzeReply.ts';
import { createIntentMatcher } from './createIntentMatcher.ts';

const matcher = createIntentMatcher(
  {
    'payment-options': {
      examples: ['Può pagare anche con bonifico o con PayPal'],
      keywords: ['bonifico', 'paypal', 'metodo di pagamento'],
    },
    'card-expiring': { examples: ['la Sua carta è in scadenza'], keywords: ['carta scaduta', 'carta in scadenza'] },
    'renewal-confirmed': { examples: ['il rinnovo è stato confermato'], keywords: ['polizza rinnovata'] },
  },
  'it',
);
const match = (text: string) => matcher.match(analyzeReply(text, 'it'));

describe('createIntentMatcher', () => {
  it('matches keywords with typos and inflections', () => {
    expect(match('Accettiamo anche il bonfico bancario')).toEqual(['payment-options']);
    expect(match('Ci sono altri metodi di pagamento')).toEqual(['payment-options']);
    expect(match('Le polizze sono state rinnovate')).toEqual(['renewal-confirmed']);
  });
  it('reads what an announced hold is for as announced, not done', () => {
    expect(match('Mi conceda un minuto per verificare il metodo di pagamento.')).toEqual([]);
    expect(match('Un attimo che controllo se la polizza è stata rinnovata')).toEqual([]);
    // A break ends the purpose: the rest is said.
    expect(match('Attenda un attimo, può pagare anche con bonifico.')).toEqual(['payment-options']);
    expect(match('Può pagare con bonifico: mi conceda un minuto per i dettagli.')).toEqual(['payment-options']);
  });
  it('needs every word of a multi-word keyword', () => {
    expect(match('Il pagamento è andato a buon fine')).toEqual([]);
    expect(match('La carta risulta scaduta')).toEqual(['card-expiring']);
  });
  it('matches replies close to an example, in any order', () => {
    expect(match('Il rinnovo risulta confermato')).toEqual(['renewal-confirmed']);
    expect(match('in scadenza c’è la sua carta')).toEqual(['card-expiring']);
  });
  it('keeps definition order and ignores negated keywords', () => {
    expect(match('La carta è scaduta, può usare PayPal')).toEqual(['payment-options', 'card-expiring']);
    expect(match('Non accettiamo bonifico')).toEqual([]);
  });
  it('matches a keyword that negates its own words only where the reply negates them too', () => {
    const visits = createIntentMatcher(
      {
        'not-home': { examples: ['il tecnico è passato ma Lei non era in casa'], keywords: ['non era in casa', 'nessuno ha risposto'] },
        home: { examples: [], keywords: ['era in casa'] },
      },
      'it',
    );
    const m = (text: string) => visits.match(analyzeReply(text, 'it'));
    expect(m('Il tecnico dice che Lei non era in casa.')).toEqual(['not-home']);
    expect(m('Al citofono nessuno ha risposto.')).toEqual(['not-home']);
    expect(m('Il tecnico conferma che Lei era in casa.')).toEqual(['home']);
    expect(m('Lei era in casa, non il tecnico.')).toEqual(['home']);
    // Examples weigh negation the same way: the example's negated 'era' is not the reply's affirmed one.
    expect(m('Il tecnico è passato e ha visto che non era in casa')).toEqual(['not-home']);
    expect(m('Il tecnico conferma che era in casa')).toEqual(['home']);
  });
  it('checks mentions of arbitrary keywords', () => {
    const a = analyzeReply('Le mando il modulo via email', 'it');
    expect(matcher.mentions(a, ['e-mail', 'posta elettronica'])).toBe(true);
    expect(matcher.mentions(a, ['telefono'])).toBe(false);
  });
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.string(), { maxLength: 3 }), (text, kws) => {
        const a = analyzeReply(text, 'it');
        expect(Array.isArray(matcher.match(a))).toBe(true);
        expect(typeof matcher.mentions(a, kws)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('reads a meaning from one sentence, not from words scattered across the reply', () => {
    const scoped = createIntentMatcher(
      {
        'blame-customer': { examples: [], keywords: ['stata in casa', 'colpa sua'] },
        'data-request': { examples: ['Mi scrivi qui il tuo numero di telefono?'], keywords: [] },
        'payment-options': { examples: [], keywords: ['carta di credito'] },
      },
      'it',
    );
    const read = (text: string) => scoped.match(analyzeReply(text, 'it'));
    // A keyword that is mostly stop words is read in order: 'casa' alone is not blame.
    expect(read('Capisco, lavorando da casa è un disagio serio.')).toEqual([]);
    expect(read('Il tecnico dice che è stata in casa solo dopo le 13.')).toEqual(['blame-customer']);
    // The content words of a keyword must share a sentence.
    expect(read('La carta è pronta. Il credito residuo è di 5 euro.')).toEqual([]);
    expect(read('Può usare la sua carta di credito.')).toEqual(['payment-options']);
    // An example that asks matches a sentence that asks, not one that states.
    expect(read('Mi scrivi il tuo numero di telefono qui sotto?')).toEqual(['data-request']);
    expect(read('Ho aggiornato il tuo numero di telefono qui nella pratica.')).toEqual([]);
  });
});
