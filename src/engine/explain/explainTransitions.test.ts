import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { explainReply, explainTransitions } from './explainReply.ts';

const compiled = compileYaml(
  MINI_SCENARIO.replace('facts:\n', 'facts:\n  pagato: { keywords: [pagato] }\n')
    .replace(
      'states:\n',
      `anytime:
  - when: dismissive
    mood: -2
    say: Non mi tratti così.
states:
`,
    )
    .replace(
      `      - when: payment
        say: Perfetto, grazie.
        goto: closing`,
      `      - when: payment
        if: { facts: [targa], missing: [pagato], mood: { atLeast: -1 } }
        say: Perfetto, grazie.
        goto: closing
      - when: [payment, alternatives]
        say: Va bene.
      - when: transfer
        outcome: escalated`,
    ),
);

const checks = (text: string, facts: string[], mood = 0) => explainTransitions(compiled, 'request', { facts, mood }, explainReply(compiled, text));
const codes = (text: string, facts: string[], mood = 0) => checks(text, facts, mood).map((check) => [check.index, check.why.code, ...check.why.detail]);

describe('explainTransitions', () => {
  it("lists the anytime reactions first, then the state's own, and fires the first that holds", () => {
    const result = checks('Può pagare con bonifico.', ['targa']);
    expect(result.map((check) => check.when)).toEqual([['dismissive'], ['asked-again'], ['payment'], ['payment', 'alternatives'], ['transfer']]);
    expect(codes('Può pagare con bonifico.', ['targa'])).toEqual([
      [0, 'intent-missing', 'dismissive'],
      [1, 'intent-missing', 'asked-again'],
      [2, 'fired', 'payment'],
      [3, 'earlier-fired', '2'],
      [4, 'intent-missing', 'transfer'],
    ]);
    expect(result.filter((check) => check.fired).map((check) => check.index)).toEqual([2]);
  });

  it('says which guard stops a reaction: facts missing, facts known, the mood', () => {
    expect(codes('Può pagare con bonifico.', [])[2]).toEqual([2, 'facts-missing', 'targa']);
    expect(codes('Può pagare con bonifico.', ['targa', 'pagato'])[2]).toEqual([2, 'facts-known', 'pagato']);
    expect(codes('Può pagare con bonifico.', ['targa'], -3)[2]).toEqual([2, 'mood', 'atLeast', '-1']);
    expect(codes('Può pagare con bonifico.', [], 0)[3]).toEqual([3, 'fired', 'payment', 'alternatives']);
  });

  it('tries a transfer of the state before the anytime reactions, as the persona does', () => {
    const result = codes('Mi dispiace, la trasferisco a un collega del reparto pagamenti.', ['targa']);
    expect(result[4]).toEqual([4, 'fired', 'transfer']);
    expect(result[2]).toEqual([2, 'earlier-fired', '4']);
  });

  it('names the built-in worry about card data when it comes first', () => {
    const result = codes('Per il pagamento mi scriva il numero della carta e il CVV.', ['targa']);
    expect(result[2]).toEqual([2, 'earlier-fired', 'asks-card-data']);
  });
});
