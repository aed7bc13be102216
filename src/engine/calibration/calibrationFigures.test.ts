import { describe, expect, it } from 'vitest';
import { ReportSchema, type Dimension, type Report } from '../index.ts';
import { averageRanks, calibrationFigures, calibrationHalves, largestDifferences, spearmanRho, type CalibrationRow, hasDrifted } from './calibrationFigures.ts';

/** A report with only what the figures read set; parsed, so it stays a report the engine could have written. */
function report(total: number, outcome: Report['outcome'], scores: Partial<Record<Dimension, number>>, findings: [rule: string, points: number][] = []): Report {
  const dimension = (name: Dimension) => ({ score: scores[name] ?? 100, weight: 20, findings: findings.filter(([rule, points]) => rule.startsWith(`${name}.`) && points > 0).length });
  const phase = { messages: [], findings: [] };
  return ReportSchema.parse({
    scenario: 'test',
    version: 'test',
    seed: 1,
    locale: 'it',
    outcome,
    total,
    totalFrom: { weightedMean: total, weakest: 'greeting', weakestShare: 0.3, cappedBy: null },
    dimensions: {
      greeting: dimension('greeting'),
      register: { ...dimension('register'), judged: 'formal', target: 'formal' },
      exhaustiveness: { ...dimension('exhaustiveness'), expectations: [] },
      responseTime: { ...dimension('responseTime'), excellent: 10, acceptable: 30, median: null, worst: null, first: null, responses: [] },
      closure: dimension('closure'),
    },
    findings: findings.map(([rule, points]) => ({ rule, dimension: rule.split('.')[0], message: null, severity: points > 0 ? 'minor' : 'info', points, explanation: 'test' })),
    strengths: [],
    phases: { opening: phase, handling: phase, closing: phase },
    mood: { start: 0, end: 0 },
    duration: 0,
    transcript: [],
  });
}

const row = (file: string, scenario: string, expert: CalibrationRow['expert'], engine: Report, split?: CalibrationRow['split']): CalibrationRow => ({
  file,
  scenario,
  expert,
  engine,
  ...(split ? { split } : {}),
});

// Four conversations worked out by hand: three on scenario a, one on b.
const rows: CalibrationRow[] = [
  row(
    'a1',
    'a',
    { total: 90, outcome: 'resolved', dimensions: { greeting: 85, closure: 50 } },
    report(80, 'resolved', { greeting: 70, closure: 95 }, [
      ['greeting.offer-help', 10],
      ['greeting.salutation', 5],
    ]),
    'tune',
  ),
  row('a2', 'a', { total: 70, outcome: 'resolved', dimensions: { greeting: 60 } }, report(85, 'abandoned', { greeting: 95 }, [['register.informal', 0]]), 'held-out'),
  row(
    'a3',
    'a',
    { total: 40, outcome: 'abandoned' },
    report(60, 'abandoned', { greeting: 80 }, [
      ['greeting.offer-help', 10],
      ['greeting.offer-help', 10],
    ]),
    'tune',
  ),
  row('b1', 'b', { total: 50, outcome: 'unresolved', dimensions: { closure: 80 } }, report(50, 'unresolved', { closure: 40 }, [['closure.goodbye', 60]])),
];

describe('averageRanks and spearmanRho', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([30, 10, 20, 20])).toEqual([4, 1, 2.5, 2.5]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
  });

  it('computes rho on the ranks, ties included', () => {
    // Ranks 1,2,3,4 against 1,2.5,2.5,4: Σdxdy = 4.5, Σdx² = 5, Σdy² = 4.5, so rho = 4.5 / √22.5 = √0.9.
    expect(spearmanRho([1, 2, 3, 4], [10, 20, 20, 30])).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(spearmanRho([1, 2, 3], [9, 5, 1])).toBe(-1);
    expect(spearmanRho([1, 2, 3], [1, 4, 9])).toBe(1);
  });

  it('is null below three values or when a side does not vary', () => {
    expect(spearmanRho([1, 2], [1, 2])).toBeNull();
    expect(spearmanRho([1, 2, 3], [7, 7, 7])).toBeNull();
  });
});

describe('calibrationFigures', () => {
  const figures = calibrationFigures(rows);

  it('measures outcome agreement and the error of the totals', () => {
    expect(figures.count).toBe(4);
    // a2 is resolved for the expert, abandoned for the engine; the other three agree.
    expect(figures.outcomeAgreement).toBe(0.75);
    // Differences −10, +15, +20, 0.
    expect(figures.meanAbsoluteError).toBe(11.25);
    expect(figures.meanDifference).toBe(6.25);
  });

  it("measures each dimension's error only where the expert graded it", () => {
    expect(figures.dimensions.greeting).toEqual({ graded: 2, meanAbsoluteError: 25 }); // |70−85|, |95−60|
    expect(figures.dimensions.closure).toEqual({ graded: 2, meanAbsoluteError: 42.5 }); // |95−50|, |40−80|
    expect(figures.dimensions.register).toEqual({ graded: 0, meanAbsoluteError: null });
  });

  it('ranks within each scenario and names the worst one, leaving out a scenario too small to rank', () => {
    // Scenario a: expert ranks 3,2,1 and engine ranks 2,3,1, so Σdxdy = 1 and Σdx² = Σdy² = 2.
    expect(figures.spearman).toEqual([
      { scenario: 'a', count: 3, rho: 0.5 },
      { scenario: 'b', count: 1, rho: null },
    ]);
    expect(figures.worstSpearman).toEqual({ scenario: 'a', rho: 0.5 });
  });

  it('counts a clear pair as reversed when the engine does not put the better conversation strictly above', () => {
    // a1–a2 (90 vs 70) is reversed: the engine gives 80 and 85. a1–a3 and a2–a3 keep their order.
    expect(figures.clearPairs).toEqual({
      gap: 15,
      count: 3,
      reversed: 1,
      reversedPairs: [{ scenario: 'a', better: { file: 'a1', expert: 90, engine: 80 }, worse: { file: 'a2', expert: 70, engine: 85 } }],
    });
    const tie = calibrationFigures([
      row('x1', 'x', { total: 80, outcome: 'resolved' }, report(70, 'resolved', {})),
      row('x2', 'x', { total: 65, outcome: 'resolved' }, report(70, 'resolved', {})),
      row('x3', 'x', { total: 51, outcome: 'resolved' }, report(10, 'resolved', {})), // 14 below x2: not a clear pair with it
    ]);
    expect(tie.clearPairs.count).toBe(2);
    expect(tie.clearPairs.reversedPairs.map((pair) => [pair.better.file, pair.worse.file])).toEqual([['x1', 'x2']]);
  });

  it('charges unjust points where the expert graded the dimension 80 or more, and ranks the rules by them', () => {
    expect(figures.rules).toEqual([
      { rule: 'closure.goodbye', dimension: 'closure', firedIn: 1, points: 60, unjustPoints: 60 }, // b1: expert closure 80
      { rule: 'greeting.offer-help', dimension: 'greeting', firedIn: 2, points: 30, unjustPoints: 10 }, // a1 (greeting 85) yes, a3 (not graded) no
      { rule: 'greeting.salutation', dimension: 'greeting', firedIn: 1, points: 5, unjustPoints: 5 },
    ]);
  });

  it('counts a miss where the expert graded 60 or less and the engine gave 90 or more', () => {
    expect(figures.misses.greeting).toEqual({ count: 1, files: ['a2'] });
    expect(figures.misses.closure).toEqual({ count: 1, files: ['a1'] });
    expect(figures.misses.register).toEqual({ count: 0, files: [] });
  });

  it('lists every conversation, and the largest differences first', () => {
    expect(figures.conversations[1]).toEqual({ file: 'a2', scenario: 'a', split: 'held-out', expertTotal: 70, engineTotal: 85, difference: 15, expertOutcome: 'resolved', engineOutcome: 'abandoned' });
    expect(largestDifferences(figures.conversations, 3).map((conversation) => conversation.file)).toEqual(['a3', 'a2', 'a1']);
  });

  it('measures the first grader against the second, where a conversation has two, as the engine against the expert', () => {
    expect(figures.graders).toBeNull();
    const grade = (total: number, outcome: Report['outcome'] = 'resolved') => ({ total, outcome });
    const graded = rows.map((r, i) => ({ ...r, graders: [[grade(90), grade(80)], [grade(70), grade(60, 'abandoned')], [grade(40), grade(85)], []][i] }));
    // Three with two graders (b1 has none): differences 10, 10, 45; on scenario a the first ranks
    // 3,2,1 and the second 2,1,3. The first puts all three pairs 15+ apart; the second reverses a1-a3 and a2-a3.
    expect(calibrationFigures(graded).graders).toEqual({
      count: 3,
      meanAbsoluteDifference: (10 + 10 + 45) / 3,
      outcomeAgreement: 2 / 3,
      worstSpearman: { scenario: 'a', rho: -0.5 },
      clearPairs: { count: 3, reversed: 2 },
    });
  });

  it('is empty but well formed with no conversation', () => {
    const empty = calibrationFigures([]);
    expect(empty).toMatchObject({ count: 0, outcomeAgreement: null, meanAbsoluteError: null, spearman: [], worstSpearman: null, rules: [], conversations: [] });
  });
});

describe('calibrationHalves', () => {
  it('measures each half apart, and a conversation without a split only in all', () => {
    const halves = calibrationHalves(rows);
    expect(halves.tune.conversations.map((conversation) => conversation.file)).toEqual(['a1', 'a3']);
    expect(halves['held-out'].conversations.map((conversation) => conversation.file)).toEqual(['a2']);
    expect(halves.all.count).toBe(4);
    expect(halves.tune.meanAbsoluteError).toBe(15);
    expect(JSON.stringify(calibrationHalves(rows))).toBe(JSON.stringify(halves));
  });
});

describe('drift', () => {
  const graded = [
    { from: 'customer' as const, text: 'Buongiorno!' },
    { from: 'agent' as const, text: 'Buongiorno, come posso aiutarLa?' },
    { from: 'customer' as const, text: 'Vorrei rinnovare.' },
  ];
  const now = (texts: string[]) => texts.map((text, index) => ({ from: (index % 2 === 1 ? 'agent' : 'customer') as 'agent' | 'customer', at: index, text, phase: 'handling' as const }));

  it('finds a chat unchanged when the customer says the same lines, whatever the agent lines look like', () => {
    expect(hasDrifted(graded, now(['Buongiorno!', 'Salve!', 'Vorrei rinnovare.']))).toBe(false);
  });

  it('finds a chat drifted when the customer now writes other lines, or more or fewer', () => {
    expect(hasDrifted(graded, now(['Buongiorno!', 'Salve!', 'Ci sono alternative?']))).toBe(true);
    expect(hasDrifted(graded, now(['Buongiorno!', 'Salve!']))).toBe(true);
  });

  it('counts drifted conversations among those that recorded the chat', () => {
    const figures = calibrationFigures([
      { ...row('a', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {})), drifted: true },
      { ...row('b', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {})), drifted: false },
      row('c', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {})),
    ]);
    expect(figures.drift).toEqual({ recorded: 2, drifted: 1 });
  });

  it('measures outcome agreement apart on the chats still played as graded', () => {
    const figures = calibrationFigures([
      { ...row('a', 's', { total: 50, outcome: 'resolved' }, report(50, 'abandoned', {})), drifted: true },
      { ...row('b', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {})), drifted: false },
      { ...row('c', 's', { total: 50, outcome: 'resolved' }, report(50, 'unresolved', {})), drifted: false },
      { ...row('d', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {})), drifted: false },
      row('e', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {})),
    ]);
    // b, d and e agree of five; of the three recorded and not drifted (b, c, d), two.
    expect(figures.outcomeAgreement).toBe(0.6);
    expect(figures.outcomeAgreementAsGraded).toBe(2 / 3);
    expect(calibrationFigures([row('d', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {}))]).outcomeAgreementAsGraded).toBeNull();
  });

  it('measures totals and ranks apart on the chats still played as graded', () => {
    const figures = calibrationFigures([
      // A drifted chat scored far from its grade, and reversing a clear pair.
      { ...row('a', 's', { total: 90, outcome: 'resolved' }, report(20, 'abandoned', {})), drifted: true },
      { ...row('b', 's', { total: 80, outcome: 'resolved' }, report(84, 'resolved', {})), drifted: false },
      { ...row('c', 's', { total: 40, outcome: 'resolved' }, report(38, 'resolved', {})), drifted: false },
      { ...row('d', 's', { total: 10, outcome: 'abandoned' }, report(14, 'abandoned', {})), drifted: false },
    ]);
    expect(figures.clearPairs.reversed).toBe(1);
    expect(figures.asGraded).toEqual({ count: 3, meanAbsoluteError: 10 / 3, worstSpearman: { scenario: 's', rho: 1 }, clearPairs: { count: 3, reversed: 0 } });
    expect(calibrationFigures([row('e', 's', { total: 50, outcome: 'resolved' }, report(50, 'resolved', {}))]).asGraded).toBeNull();
  });
});
