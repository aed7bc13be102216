import { describe, expect, it } from 'vitest';
import { MINI_SCENARIO } from '../testSupport.ts';
import { loadScenario } from './loadScenario.ts';
import { formatProblem } from './problem.ts';

const load = (text: string, language: 'en' | 'it' = 'en', checkIntents = false) => {
  const result = loadScenario(text, 'mine.yaml', { language, checkIntents });
  return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem) };
};
const lineOf = (text: string, part: string) => text.split('\n').findIndex((line) => line.includes(part)) + 1;

describe('loadScenario advises the author', () => {
  it('suggests the key an unknown one misspells, in English or Italian', () => {
    const text = MINI_SCENARIO.replace('  closing:\n', '  closing:\n    fase: closing\n');
    expect(load(text).problems).toEqual([`mine.yaml:${lineOf(text, 'fase:')}:5: unknown key "fase": did you mean "phase"? (at states.closing)`]);
    expect(load(text, 'it').problems).toEqual([`mine.yaml:${lineOf(text, 'fase:')}:5: chiave sconosciuta "fase": forse intendevi "phase"? (at states.closing)`]);
    expect(load(text.replace('fase: closing', 'zzzzzzz: 1')).problems[0]).toMatch(/unknown key "zzzzzzz" \(at/);
  });

  it('explains a price split by its comma instead of "expected a text, found the number 9"', () => {
    const text = MINI_SCENARIO.replace('keywords: [pagamento, pagare, bonifico]', 'keywords: [pagamento, 9,99]');
    expect(load(text).problems).toEqual([
      `mine.yaml:${lineOf(text, '9,99')}:27: "9,99" became 2 separate items, because a comma separates the items of a [list]: put it in double quotes: ["9,99"] (at intents.payment.keywords.1)`,
    ]);
  });

  it('explains "Perfetto: grazie" in a list as a text to quote', () => {
    const text = MINI_SCENARIO.replace('keywords: [bonifico, bollettino]', 'examples: [Perfetto: grazie]');
    expect(load(text).problems).toEqual([expect.stringMatching(/put the sentence in double quotes: "Perfetto: grazie" \(at intents\.alternatives\.examples\.0\)$/)]);
  });

  it('warns, without refusing, about a text cut at "#"', () => {
    const text = MINI_SCENARIO.replace('say: Perfetto, grazie.', 'say: Perfetto, la pratica #ST-58214 è chiusa.');
    const { problems, warnings } = load(text);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^mine\\.yaml:${lineOf(text, '#ST')}:\\d+: the text stops at "Perfetto, la pratica"`))]);
  });

  it('warns when an example of one intent matches another, and when a match falls under a negation', () => {
    const text = MINI_SCENARIO.replace('intents:\n', 'intents:\n  refund:\n    keywords: [rimborso]\n  no-refund:\n    examples: ["Purtroppo il rimborso non è previsto"]\n');
    const { warnings } = load(text, 'en', true);
    expect(warnings).toContainEqual(expect.stringMatching(/an example of the intent "no-refund" also matches the intent "refund" \(by keyword "rimborso"\)/));
    const negated = MINI_SCENARIO.replace('intents:\n', 'intents:\n  refund:\n    keywords: [rimborso]\n  apology-own:\n    examples: ["Non è purtroppo previsto alcun tipo di rimborso"]\n');
    expect(load(negated, 'en', true).warnings).toContainEqual(
      expect.stringMatching(/"Non è purtroppo previsto alcun tipo di rimborso" matches the intent "refund" \(by keyword "rimborso"\) although it is said with a negation \("Non"\)/),
    );
    expect(load(negated, 'it', true).warnings).toContainEqual(expect.stringMatching(/benché sia detto con una negazione/));
  });
});
