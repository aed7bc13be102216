import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../../engine/testSupport.ts';
import { runScenarioTests } from '../../../engine/index.ts';
import { PlaytestRun } from './playtestRun.ts';
import { draftFrom, previewTest, saveTest } from './saveTest.ts';

const TEXT = `# commento in testa\n${MINI_SCENARIO}`;
const compiled = compileYaml(TEXT);

/** A playtest whose second reply comes the instant the customer's answer shows ("skip the wait", then send). */
function playedRun() {
  let now = 1_000_000;
  const run = new PlaytestRun({ compiled, seed: 3, now: () => now });
  now += 2_340;
  run.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?');
  run.skipWait();
  run.reply('Può pagare con carta, bonifico o bollettino.');
  run.skipWait();
  now += 3_000;
  run.reply('La ringrazio, arrivederci e buona giornata.');
  run.skipWait();
  return run;
}

describe('saving a playtest as a test', () => {
  it('keeps `after` only on the reply that needs it to replay as played', () => {
    const preview = previewTest(compiled, playedRun());
    expect(preview.replies.map((reply) => [reply.delay, reply.after])).toEqual([
      [2.3, undefined],
      [0, 2],
      [3, undefined],
    ]);
    expect(preview.report.transcript.map((entry) => entry.from)).toEqual(['agent', 'customer', 'agent', 'customer', 'agent', 'customer']);
  });

  it("prefills the test's own outcome, bounds around its score and a free name", () => {
    const { report } = previewTest(compiled, playedRun());
    expect(draftFrom(report, ['prova 1'], 'prova')).toEqual({ name: 'prova 2', outcome: 'resolved', min: String(report.total - 10), max: String(Math.min(100, report.total + 10)) });
  });

  it('writes a test that passes as saved, blessed with its own result, comments kept', () => {
    const run = playedRun();
    const preview = previewTest(compiled, run);
    const saved = saveTest(TEXT, compiled, run, preview, { ...draftFrom(preview.report, [], 'prova'), name: 'operatore bravo' });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.text.startsWith(TEXT)).toBe(true);
    const again = compileYaml(saved.text);
    const [test] = again.scenario.tests;
    expect(test!.blessed!.outcome).toBe('resolved');
    const [result] = runScenarioTests(again);
    expect(result!.failures).toEqual([]);
    expect(result!.report.total).toBe(test!.blessed!.total);
    expect(result!.report.transcript.map((entry) => entry.text)).toEqual(preview.report.transcript.map((entry) => entry.text));
  });

  it('refuses an empty name and one already taken', () => {
    const run = playedRun();
    const preview = previewTest(compiled, run);
    const draft = { name: ' ', outcome: '' as const, min: '', max: '' };
    expect(saveTest(TEXT, compiled, run, preview, draft)).toEqual({ ok: false, reason: 'name-missing' });
    const first = saveTest(TEXT, compiled, run, preview, { ...draft, name: 'uno' });
    if (!first.ok) throw new Error(first.reason);
    expect(saveTest(first.text, compileYaml(first.text), run, preview, { ...draft, name: 'uno' })).toEqual({ ok: false, reason: 'name-taken' });
  });
});
