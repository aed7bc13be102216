import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { scoreSession } from '../scoring/scoreSession.ts';
import { replayReplies } from '../session/replay.ts';
import { calibrateTests } from './testCalibration.ts';
import type { Reply } from '../scenario/scenarioSchema.ts';

const compiled = compileYaml(MINI_SCENARIO);
const reportOf = (replies: Reply[]) => scoreSession(replayReplies(compiled, replies));
const strong = reportOf([
  { delay: 2, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' },
  { delay: 4, text: 'Può pagare con carta, bonifico o bollettino.' },
  { delay: 4, text: 'La ringrazio, arrivederci e buona giornata.' },
]);
const weak = reportOf([
  { delay: 40, text: 'ciao dimmi' },
  { delay: 30, text: 'paghi con la carta' },
]);
const silent = reportOf([]);

describe('calibrateTests', () => {
  const calibration = calibrateTests('mini', [
    { name: 'forte', grade: { total: 90, dimensions: { greeting: 100 } }, outcome: 'resolved', report: strong },
    { name: 'debole', grade: { total: 35, dimensions: { greeting: 90 } }, report: weak },
    { name: 'muto', grade: { total: 0 }, outcome: 'resolved', report: silent },
  ]);
  const { figures } = calibration;

  it('measures the totals as galateo calibrate does: mean absolute error and bias', () => {
    const differences = [strong.total - 90, weak.total - 35, silent.total - 0];
    expect(figures.count).toBe(3);
    expect(figures.meanAbsoluteError).toBeCloseTo(differences.reduce((sum, d) => sum + Math.abs(d), 0) / 3);
    expect(figures.meanDifference).toBeCloseTo(differences.reduce((sum, d) => sum + d, 0) / 3);
    expect(figures.dimensions.greeting.graded).toBe(2);
  });

  it('counts outcome agreement only over the tests that expect an outcome', () => {
    expect(calibration.withOutcome).toBe(2);
    expect(strong.outcome).toBe('resolved');
    expect(silent.outcome).toBe('abandoned');
    expect(figures.outcomeAgreement).toBe(0.5);
  });

  it('ranks within the scenario and finds the clear pairs', () => {
    expect(figures.spearman).toEqual([{ scenario: 'mini', count: 3, rho: expect.any(Number) }]);
    expect(figures.clearPairs.count).toBe(3);
    expect(figures.clearPairs.reversed).toBe(figures.clearPairs.reversedPairs.length);
  });

  it('puts first the rules that cost points the trainer would not have taken', () => {
    // The trainer gave the weak chat's greeting 90: the greeting rules that fired there are unjust.
    const greetingRules = figures.rules.filter((rule) => rule.dimension === 'greeting' && rule.unjustPoints > 0);
    expect(greetingRules.length).toBeGreaterThan(0);
    expect(figures.rules[0]!.unjustPoints).toBeGreaterThan(0);
  });

  it('gives no figures, not errors, with no graded test', () => {
    const empty = calibrateTests('mini', []).figures;
    expect(empty.count).toBe(0);
    expect(empty.meanAbsoluteError).toBeNull();
    expect(empty.outcomeAgreement).toBeNull();
  });
});
