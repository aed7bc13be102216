import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../../engine/testSupport.ts';
import { testResults } from './testResults.ts';

const TESTS = `tests:
  - name: bravo
    replies:
      - { delay: 2, text: "Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?" }
      - { delay: 4, text: "Può pagare con carta, bonifico o bollettino." }
      - { delay: 4, text: "La ringrazio, arrivederci e buona giornata." }
    expect: { outcome: resolved }
    blessed: { outcome: resolved, total: 100, customer: ["Buongiorno, vorrei rinnovare la polizza.", "Perfetto, grazie.", "Arrivederci!"] }
  - name: muto
    replies: []
    expect: { outcome: resolved }
`;

describe('testResults', () => {
  const compiled = compileYaml(`${MINI_SCENARIO}${TESTS}`);
  const [bravo, muto] = testResults(compiled);

  it('replays every test, with pass or fail and the failures', () => {
    expect(bravo!.result.passed).toBe(true);
    expect(muto!.result.passed).toBe(false);
    expect(muto!.result.failures).toEqual(['outcome is abandoned, expected resolved']);
    expect(muto!.comparison).toBeUndefined();
  });

  it('compares a blessed test with its result, and an edit shows the change', () => {
    expect(bravo!.comparison!.customer).toBeUndefined();
    const edited = compileYaml(`${MINI_SCENARIO.replace('say: Arrivederci!', 'say: Arrivederci e grazie!')}${TESTS}`);
    const [after] = testResults(edited);
    expect(after!.comparison!.changed).toBe(true);
    expect(after!.comparison!.customer!.filter((line) => line.kind === 'added')).toEqual([{ kind: 'added', text: 'Arrivederci e grazie!' }]);
  });

  it('gives the same results for the same compiled scenario without replaying again', () => {
    expect(testResults(compiled)).toBe(testResults(compiled));
  });
});
