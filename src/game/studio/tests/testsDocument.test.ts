import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../engine/index.ts';
import { MINI_SCENARIO } from '../../../engine/testSupport.ts';
import { appendTest, setTestPart, type NewTest } from './testsDocument.ts';

const COMMENTED = `# Scenario di prova: i commenti devono restare
${MINI_SCENARIO.replace('intents:\n', '# gli intenti dello scenario\nintents:\n').replace('  payment:\n', '  payment: # pagare\n')}`;

const test: NewTest = {
  name: 'operatore bravo',
  seed: 1,
  replies: [
    { delay: 2.345, text: 'Buongiorno: sono Giulia, #1 di Aurora. Come posso aiutarLa?', typing: 1.04 },
    { delay: 4, text: 'Può pagare con bonifico.' },
  ],
  expect: { outcome: 'resolved', total: { min: 60, max: undefined } },
  blessed: { outcome: 'resolved', total: 74, dimensions: { greeting: 80, closure: 60 }, customer: ['Buongiorno, vorrei rinnovare la polizza.', 'Perfetto, grazie.'] },
};

const scenarioOf = (text: string) => {
  const loaded = loadScenario(text, 'mini.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join('\n'));
  return loaded.scenario;
};

describe('writing tests into the YAML', () => {
  it('appends a test, creating tests:, and keeps every comment', () => {
    const edit = appendTest(COMMENTED, test);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.text).toContain('# Scenario di prova: i commenti devono restare');
    expect(edit.text).toContain('# gli intenti dello scenario');
    // The yaml library moves a comment after a key onto its own line, but keeps it.
    expect(edit.text).toMatch(/payment:\n\s+# pagare/);
    const [saved] = scenarioOf(edit.text).tests;
    expect(saved).toEqual({
      name: 'operatore bravo',
      seed: 1,
      replies: [
        { delay: 2.3, text: 'Buongiorno: sono Giulia, #1 di Aurora. Come posso aiutarLa?', typing: 1 },
        { delay: 4, text: 'Può pagare con bonifico.' },
      ],
      expect: { outcome: 'resolved', total: { min: 60 } },
      blessed: test.blessed,
    });
  });

  it('appends after the tests already there, turning a flow list into a block one', () => {
    const first = appendTest(`${MINI_SCENARIO}tests: []\n`, { ...test, name: 'primo' });
    if (!first.ok) throw new Error(first.reason);
    const second = appendTest(first.text, { ...test, name: 'secondo', start: { state: 'request', facts: ['targa'], mood: -1 } });
    if (!second.ok) throw new Error(second.reason);
    const tests = scenarioOf(second.text).tests;
    expect(tests.map((saved) => saved.name)).toEqual(['primo', 'secondo']);
    expect(tests[1]!.start).toEqual({ state: 'request', facts: ['targa'], mood: -1 });
    expect(second.text).not.toContain('tests: [');
  });

  it('sets a grade and replaces a blessed result on the test at an index', () => {
    const withTest = appendTest(COMMENTED, test);
    if (!withTest.ok) throw new Error(withTest.reason);
    const graded = setTestPart(withTest.text, 0, 'grade', { total: 55, dimensions: { greeting: 90 } });
    if (!graded.ok) throw new Error(graded.reason);
    const blessed = setTestPart(graded.text, 0, 'blessed', { ...test.blessed!, total: 80 });
    if (!blessed.ok) throw new Error(blessed.reason);
    const [saved] = scenarioOf(blessed.text).tests;
    expect(saved!.grade).toEqual({ total: 55, dimensions: { greeting: 90 } });
    expect(saved!.blessed!.total).toBe(80);
    expect(blessed.text).toContain('# gli intenti dello scenario');
  });

  it('refuses to edit a text it cannot read, or a test that is not there, leaving the text alone', () => {
    expect(appendTest('id: [unclosed\n', test)).toEqual({ ok: false, reason: 'unreadable' });
    expect(appendTest('- a list\n', test)).toEqual({ ok: false, reason: 'unreadable' });
    expect(setTestPart(MINI_SCENARIO, 3, 'grade', { total: 10 })).toEqual({ ok: false, reason: 'no-such-test' });
  });
});
