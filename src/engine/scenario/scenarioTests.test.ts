import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { runScenarioTest } from '../runScenarioTests.ts';
import { loadScenario } from './loadScenario.ts';
import { formatProblem } from './problem.ts';

const withTests = (tests: string) => `${MINI_SCENARIO}tests:\n${tests}`;
const problemsOf = (text: string) => {
  const result = loadScenario(text, 'tests.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('the tests: part of a scenario', () => {
  it('takes a start, a blessed result and a grade, filling their defaults', () => {
    const result = loadScenario(
      withTests(`  - name: dal pagamento
    start: { state: request, facts: [targa] }
    replies: [{ delay: 2, text: Può pagare con bonifico. }]
    expect: { outcome: resolved }
    blessed: { outcome: resolved, total: 71, dimensions: { greeting: 40 }, customer: ["Perfetto, grazie."] }
    grade: { total: 65, dimensions: { closure: 80 } }
`),
      'tests.yaml',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [test] = result.scenario.tests;
    expect(test!.start).toEqual({ state: 'request', facts: ['targa'], mood: 0 });
    expect(test!.blessed).toEqual({ outcome: 'resolved', total: 71, dimensions: { greeting: 40 }, customer: ['Perfetto, grazie.'] });
    expect(test!.grade).toEqual({ total: 65, dimensions: { closure: 80 } });
  });

  it('refuses a grade above 100, an unknown dimension and an unknown start state, each where it stands', () => {
    const text = withTests(`  - name: sbagliato
    start: { state: altrove }
    replies: []
    expect: {}
    grade: { total: 120, dimensions: { charm: 50 } }
`);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    const problems = problemsOf(text);
    expect(problems.some((problem) => problem.startsWith(`tests.yaml:${lineOf('total: 120')}:`))).toBe(true);
    expect(problems.some((problem) => problem.includes('charm'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith(`tests.yaml:${lineOf('altrove')}:`) && problem.includes('unknown state "altrove"'))).toBe(true);
  });

  it('plays a test that starts mid-way from where it says', () => {
    const compiled = compileYaml(
      withTests(`  - name: dal pagamento
    start: { state: request, facts: [targa] }
    replies: [{ delay: 2, text: Può pagare con bonifico o bollettino. }, { delay: 4, text: Arrivederci e buona giornata. }]
    expect: { outcome: resolved, customerSays: ["Perfetto, grazie."] }
`),
    );
    const result = runScenarioTest(compiled, compiled.scenario.tests[0]!);
    expect(result.failures).toEqual([]);
    expect(result.report.transcript.some((entry) => entry.text.includes('vorrei rinnovare'))).toBe(false);
  });
});
