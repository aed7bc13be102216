import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../../engine/testSupport.ts';
import { runScenarioTests } from '../../../engine/index.ts';
import { PlaytestRun } from './playtestRun.ts';
import { draftFrom, saveTest } from './saveTest.ts';

const TEXT = `# commento in testa\n${MINI_SCENARIO}`;
const compiled = compileYaml(TEXT);

function playedRun() {
  let now = 1_000_000;
  const run = new PlaytestRun({ compiled, seed: 3, now: () => now });
  now += 2_340;
  run.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?');
  run.skipWait();
  now += 4_170;
  run.reply('Può pagare con carta, bonifico o bollettino.');
  run.skipWait();
  now += 3_000;
  run.reply('La ringrazio, arrivederci e buona giornata.');
  run.skipWait();
  return run;
}

describe('saving a playtest as a test', () => {
  it('prefills the outcome once the chat ended, bounds around the score and a free name', () => {
    const run = playedRun();
    const report = run.report();
    expect(draftFrom(run, report, ['prova 1'], 'prova')).toEqual({ name: 'prova 2', outcome: 'resolved', min: String(report.total - 10), max: String(Math.min(100, report.total + 10)) });
    const open = new PlaytestRun({ compiled, seed: 1, now: () => 0 });
    expect(draftFrom(open, open.report(), [], 'test').outcome).toBe('');
  });

  it('writes a test that passes as saved, blessed with its own result, comments kept', () => {
    const run = playedRun();
    const saved = saveTest(TEXT, compiled, run, { ...draftFrom(run, run.report(), [], 'prova'), name: 'operatore bravo' });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.text).toContain('# commento in testa');
    const again = compileYaml(saved.text);
    const [test] = again.scenario.tests;
    expect(test!.replies.map((reply) => reply.delay)).toEqual([2.3, 4.2, 3]);
    expect(test!.blessed!.outcome).toBe('resolved');
    const [result] = runScenarioTests(again);
    expect(result!.failures).toEqual([]);
    expect(result!.report.total).toBe(test!.blessed!.total);
  });

  it('refuses an empty name and one already taken', () => {
    const run = playedRun();
    expect(saveTest(TEXT, compiled, run, { name: ' ', outcome: '', min: '', max: '' })).toEqual({ ok: false, reason: 'name-missing' });
    const first = saveTest(TEXT, compiled, run, { name: 'uno', outcome: '', min: '', max: '' });
    if (!first.ok) throw new Error(first.reason);
    expect(saveTest(first.text, compileYaml(first.text), run, { name: 'uno', outcome: '', min: '', max: '' })).toEqual({ ok: false, reason: 'name-taken' });
  });
});
