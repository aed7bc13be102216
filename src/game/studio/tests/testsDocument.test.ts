import { readFileSync } from 'node:fs';
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
    // Spliced in at the end: the file before it is left byte for byte, comments and flow lists included.
    expect(edit.text.startsWith(COMMENTED)).toBe(true);
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
    // Only the test's own lines changed: the scenario above it is as written.
    expect(blessed.text.startsWith(COMMENTED)).toBe(true);
    const regraded = setTestPart(blessed.text, 0, 'grade', { total: 60 });
    if (!regraded.ok) throw new Error(regraded.reason);
    expect(scenarioOf(regraded.text).tests[0]!.grade).toEqual({ total: 60 });
  });

  it('changes nothing but the added lines in a bundled scenario, its folded brief and comments included', () => {
    const original = readFileSync(new URL('../../../../scenarios/rc-auto-renewal.yaml', import.meta.url), 'utf8');
    const appended = appendTest(original, { ...test, name: 'nuova' });
    if (!appended.ok) throw new Error(appended.reason);
    const graded = setTestPart(appended.text, 0, 'grade', { total: 88 });
    if (!graded.ok) throw new Error(graded.reason);
    const before = original.split('\n');
    const after = graded.text.split('\n');
    // Every original line is still there, in order: the edits only added lines.
    let found = 0;
    for (const line of after) if (line === before[found]) found++;
    expect(found).toBe(before.length);
    const tests = scenarioOf(graded.text).tests;
    expect(tests.at(-1)!.name).toBe('nuova');
    expect(tests[0]!.grade).toEqual({ total: 88 });
  });

  it('inserts where tests: stands when other keys follow it, and after a test with a comment', () => {
    const text = `${MINI_SCENARIO}tests:\n  - name: primo # il primo\n    replies: []\n    expect: {}\n  # fine delle prove\nscoring:\n  weights: { greeting: 2 }\n`;
    const edit = appendTest(text, { ...test, name: 'secondo' });
    if (!edit.ok) throw new Error(edit.reason);
    const scenario = scenarioOf(edit.text);
    expect(scenario.tests.map((saved) => saved.name)).toEqual(['primo', 'secondo']);
    expect(scenario.scoring.weights).toEqual({ greeting: 2 });
    expect(edit.text).toContain('  - name: primo # il primo\n');
  });

  it('refuses to edit a text it cannot read, or a test that is not there, leaving the text alone', () => {
    expect(appendTest('id: [unclosed\n', test)).toEqual({ ok: false, reason: 'unreadable' });
    expect(appendTest('- a list\n', test)).toEqual({ ok: false, reason: 'unreadable' });
    expect(setTestPart(MINI_SCENARIO, 3, 'grade', { total: 10 })).toEqual({ ok: false, reason: 'no-such-test' });
  });
});
