import { DIMENSIONS, type Dimension } from '../scoring/dimensions/index.ts';
import type { Report } from '../scoring/reportSchema.ts';
import type { PanelGrade, PanelSplit } from './panelSchema.ts';

/**
 * How far the engine's scores are from expert grades on a panel of conversations. Pure and
 * deterministic (no Node module: the engine runs in browsers too); the same rows in the same order
 * give the same figures.
 */

/** One graded conversation with the engine's report on it. */
export interface CalibrationRow {
  file: string;
  scenario: string;
  split?: PanelSplit;
  played?: string;
  expert: PanelGrade;
  engine: Report;
  /** The customer's lines are no longer those the graders read (undefined when the panel did not record the chat). */
  drifted?: boolean;
  /** Each grader's own grade, when the panel records them: two or more say how far experts differ. */
  graders?: readonly PanelGrade[];
}

/** Two conversations of one scenario whose expert totals are at least CLEAR_PAIR_GAP apart. */
export interface ClearPair {
  scenario: string;
  better: { file: string; expert: number; engine: number };
  worse: { file: string; expert: number; engine: number };
}

export interface RuleFigures {
  rule: string;
  dimension: Dimension;
  /** Conversations in which the rule cost points. */
  firedIn: number;
  /** All the points it cost, over every conversation. */
  points: number;
  /** The points it cost where the expert graded its dimension UNJUST_GRADE or more: the points the experts would not have taken. */
  unjustPoints: number;
}

export interface ConversationFigures {
  file: string;
  scenario: string;
  split?: PanelSplit;
  played?: string;
  expertTotal: number;
  engineTotal: number;
  /** Engine minus expert: above 0 the engine is more lenient. */
  difference: number;
  expertOutcome: Report['outcome'];
  engineOutcome: Report['outcome'];
}

const agreement = (rows: readonly CalibrationRow[]) => (rows.length === 0 ? null : rows.filter((row) => row.engine.outcome === row.expert.outcome).length / rows.length);

export interface CalibrationFigures {
  count: number;
  /** Of the conversations that recorded the chat as graded, how many the engine now plays differently. */
  drift: { recorded: number; drifted: number };
  /** Share of conversations (0 to 1) where the engine's outcome is the expert's; null with no conversation. */
  outcomeAgreement: number | null;
  /**
   * The same, over the conversations the engine still plays as they were graded (recorded and not
   * drifted): where the customer now writes other lines, the graders' outcome judged another chat.
   */
  outcomeAgreementAsGraded: number | null;
  /**
   * Totals and ranks over the same chats still played as graded; null when the panel recorded none.
   * A drifted chat is another conversation than the one the expert graded: its distance from the
   * grade says little of the scoring, so both readings are shown.
   */
  asGraded: { count: number; meanAbsoluteError: number | null; worstSpearman: { scenario: string; rho: number } | null; clearPairs: { count: number; reversed: number } } | null;
  /** Mean absolute difference of the totals. */
  meanAbsoluteError: number | null;
  /** Mean of engine minus expert totals: the engine's bias (above 0: more lenient). */
  meanDifference: number | null;
  /** Per dimension, over the conversations where the expert graded it. */
  dimensions: Record<Dimension, { graded: number; meanAbsoluteError: number | null }>;
  /** Spearman's rank correlation of engine and expert totals within each scenario, by scenario id. */
  spearman: { scenario: string; count: number; rho: number | null }[];
  worstSpearman: { scenario: string; rho: number } | null;
  clearPairs: { gap: number; count: number; reversed: number; reversedPairs: ClearPair[] };
  /**
   * The first grader against the second, on the conversations that have two, by the same measures
   * as the engine against the expert: how far apart two experts are, the ceiling the engine is held
   * to. Null when no conversation has two graders.
   */
  graders: {
    count: number;
    meanAbsoluteDifference: number;
    outcomeAgreement: number;
    worstSpearman: { scenario: string; rho: number } | null;
    clearPairs: { count: number; reversed: number };
  } | null;
  /** Every rule that cost points, the most unjust first. */
  rules: RuleFigures[];
  /** Per dimension, conversations the expert graded MISS_EXPERT_GRADE or less and the engine MISS_ENGINE_SCORE or more: faults the engine did not see. */
  misses: Record<Dimension, { count: number; files: string[] }>;
  conversations: ConversationFigures[];
}

export const CLEAR_PAIR_GAP = 15;
export const UNJUST_GRADE = 80;
export const MISS_EXPERT_GRADE = 60;
export const MISS_ENGINE_SCORE = 90;

export function calibrationFigures(rows: readonly CalibrationRow[]): CalibrationFigures {
  const count = rows.length;
  const differences = rows.map((row) => row.engine.total - row.expert.total);
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      const errors = rows.flatMap((row) => {
        const grade = row.expert.dimensions?.[dimension];
        return grade === undefined ? [] : [Math.abs(row.engine.dimensions[dimension].score - grade)];
      });
      return [dimension, { graded: errors.length, meanAbsoluteError: mean(errors) }];
    }),
  ) as CalibrationFigures['dimensions'];
  const misses = Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      const files = rows.filter((row) => (row.expert.dimensions?.[dimension] ?? Infinity) <= MISS_EXPERT_GRADE && row.engine.dimensions[dimension].score >= MISS_ENGINE_SCORE).map((row) => row.file);
      return [dimension, { count: files.length, files }];
    }),
  ) as CalibrationFigures['misses'];
  const spearman = spearmanByScenario(rows, expertTotal, engineTotal);
  const worstSpearman = worstOf(spearman);
  const pairs = clearPairs(rows, expertTotal, engineTotal);
  const reversedPairs = pairs.filter(reversed);
  const recorded = rows.filter((row) => row.drifted !== undefined);
  const stable = recorded.filter((row) => !row.drifted);
  return {
    count,
    drift: { recorded: recorded.length, drifted: recorded.filter((row) => row.drifted).length },
    outcomeAgreement: agreement(rows),
    outcomeAgreementAsGraded: agreement(stable),
    asGraded:
      recorded.length === 0
        ? null
        : {
            count: stable.length,
            meanAbsoluteError: mean(stable.map((row) => Math.abs(row.engine.total - row.expert.total))),
            worstSpearman: worstOf(spearmanByScenario(stable, expertTotal, engineTotal)),
            clearPairs: { count: clearPairs(stable, expertTotal, engineTotal).length, reversed: clearPairs(stable, expertTotal, engineTotal).filter(reversed).length },
          },
    meanAbsoluteError: mean(differences.map(Math.abs)),
    meanDifference: mean(differences),
    dimensions,
    spearman,
    worstSpearman,
    clearPairs: { gap: CLEAR_PAIR_GAP, count: pairs.length, reversed: reversedPairs.length, reversedPairs },
    graders: graderAgreement(rows),
    rules: ruleFigures(rows),
    misses,
    conversations: rows.map((row, index) => ({
      file: row.file,
      scenario: row.scenario,
      ...(row.split === undefined ? {} : { split: row.split }),
      ...(row.played === undefined ? {} : { played: row.played }),
      expertTotal: row.expert.total,
      engineTotal: row.engine.total,
      difference: differences[index]!,
      expertOutcome: row.expert.outcome,
      engineOutcome: row.engine.outcome,
    })),
  };
}

/** The figures of the tune half, the held-out half and the whole panel (conversations without a split count only in all). */
export function calibrationHalves(rows: readonly CalibrationRow[]): { tune: CalibrationFigures; 'held-out': CalibrationFigures; all: CalibrationFigures } {
  return {
    tune: calibrationFigures(rows.filter((row) => row.split === 'tune')),
    'held-out': calibrationFigures(rows.filter((row) => row.split === 'held-out')),
    all: calibrationFigures(rows),
  };
}

/** The `limit` conversations the engine scores furthest from the expert, the furthest first (ties by file). */
export function largestDifferences(conversations: readonly ConversationFigures[], limit: number): ConversationFigures[] {
  return [...conversations].sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || compareText(a.file, b.file)).slice(0, limit);
}

/** Spearman's rho: Pearson's correlation of the ranks, ties given their average rank; null below 3 values or when either side does not vary. */
export function spearmanRho(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error('spearmanRho needs two lists of the same length');
  if (xs.length < 3) return null;
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mx = mean(rx)!;
  const my = mean(ry)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    const dx = rx[i]! - mx;
    const dy = ry[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** 1-based ranks, smallest first; equal values share the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!.index] = rank;
    start = end + 1;
  }
  return ranks;
}

/** A total read from a row: the reference one (the expert's, or the first grader's) or the one judged against it. */
type TotalOf = (row: CalibrationRow) => number;
const expertTotal: TotalOf = (row) => row.expert.total;
const engineTotal: TotalOf = (row) => row.engine.total;

function spearmanByScenario(rows: readonly CalibrationRow[], reference: TotalOf, judged: TotalOf): CalibrationFigures['spearman'] {
  return [...groupByScenario(rows)].map(([scenario, group]) => ({
    scenario,
    count: group.length,
    rho: spearmanRho(group.map(reference), group.map(judged)),
  }));
}

function graderAgreement(rows: readonly CalibrationRow[]): CalibrationFigures['graders'] {
  const graded = rows.filter((row) => (row.graders?.length ?? 0) >= 2);
  if (graded.length === 0) return null;
  const first: TotalOf = (row) => row.graders![0]!.total;
  const second: TotalOf = (row) => row.graders![1]!.total;
  const pairs = clearPairs(graded, first, second);
  return {
    count: graded.length,
    meanAbsoluteDifference: mean(graded.map((row) => Math.abs(first(row) - second(row))))!,
    outcomeAgreement: graded.filter((row) => row.graders![0]!.outcome === row.graders![1]!.outcome).length / graded.length,
    worstSpearman: worstOf(spearmanByScenario(graded, first, second)),
    clearPairs: { count: pairs.length, reversed: pairs.filter(reversed).length },
  };
}

function worstOf(spearman: CalibrationFigures['spearman']): CalibrationFigures['worstSpearman'] {
  let worst: CalibrationFigures['worstSpearman'] = null;
  for (const { scenario, rho } of spearman) if (rho !== null && (worst === null || rho < worst.rho)) worst = { scenario, rho };
  return worst;
}

const reversed = (pair: ClearPair) => pair.better.engine <= pair.worse.engine;

/** Pairs of one scenario whose reference totals are CLEAR_PAIR_GAP or more apart, with the judged totals as `engine`. */
function clearPairs(rows: readonly CalibrationRow[], reference: TotalOf, judged: TotalOf): ClearPair[] {
  const pairs: ClearPair[] = [];
  for (const [scenario, group] of groupByScenario(rows)) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (Math.abs(reference(a) - reference(b)) < CLEAR_PAIR_GAP) continue;
        const [better, worse] = reference(a) > reference(b) ? [a, b] : [b, a];
        pairs.push({
          scenario,
          better: { file: better.file, expert: reference(better), engine: judged(better) },
          worse: { file: worse.file, expert: reference(worse), engine: judged(worse) },
        });
      }
    }
  }
  return pairs;
}

function ruleFigures(rows: readonly CalibrationRow[]): RuleFigures[] {
  const byRule = new Map<string, RuleFigures>();
  for (const row of rows) {
    const pointsByRule = new Map<string, { dimension: Dimension; points: number }>();
    for (const finding of row.engine.findings) {
      if (finding.points <= 0) continue;
      const seen = pointsByRule.get(finding.rule);
      pointsByRule.set(finding.rule, { dimension: finding.dimension, points: (seen?.points ?? 0) + finding.points });
    }
    for (const [rule, { dimension, points }] of pointsByRule) {
      const figures = byRule.get(rule) ?? { rule, dimension, firedIn: 0, points: 0, unjustPoints: 0 };
      figures.firedIn++;
      figures.points += points;
      if ((row.expert.dimensions?.[dimension] ?? -Infinity) >= UNJUST_GRADE) figures.unjustPoints += points;
      byRule.set(rule, figures);
    }
  }
  return [...byRule.values()].sort((a, b) => b.unjustPoints - a.unjustPoints || b.points - a.points || compareText(a.rule, b.rule));
}

/** Rows by scenario id, in id order; within a scenario, in the rows' order. */
function groupByScenario(rows: readonly CalibrationRow[]): Map<string, CalibrationRow[]> {
  const groups = new Map<string, CalibrationRow[]>();
  for (const row of [...rows].sort((a, b) => compareText(a.scenario, b.scenario))) groups.set(row.scenario, [...(groups.get(row.scenario) ?? []), row]);
  return groups;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Code-point order, not the locale's: the figures must not depend on the machine they are computed on. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** True when the chat the engine plays now differs, in what the customer and onlookers write, from the chat as graded. */
export function hasDrifted(graded: readonly { from: string; text: string }[], now: Report['transcript']): boolean {
  const others = (messages: readonly { from: string; text: string }[]) => messages.filter((message) => message.from !== 'agent').map((message) => message.text);
  const before = others(graded);
  const after = others(now);
  return before.length !== after.length || before.some((text, index) => text !== after[index]);
}
