import { DIMENSIONS, type Dimension } from '../scoring/dimensions/index.ts';
import type { Report } from '../scoring/reportSchema.ts';
import type { BlessedResult, Outcome } from '../scenario/scenarioSchema.ts';
import { lineDiff, type DiffLine } from './lineDiff.ts';

/** What the customer and onlookers wrote in a chat, in order: the lines a blessed result keeps. */
export const customerLines = (report: Pick<Report, 'transcript'>): string[] => report.transcript.filter((entry) => entry.from !== 'agent').map((entry) => entry.text);

/** The result of a run as the author accepts it: outcome, total, each dimension's score and the customer's lines. */
export function blessResult(report: Report): BlessedResult {
  return {
    outcome: report.outcome,
    total: report.total,
    dimensions: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, report.dimensions[dimension].score])),
    customer: customerLines(report),
  };
}

export interface ScoreChange {
  before: number;
  after: number;
  /** After minus before. */
  delta: number;
}

/** How a new run differs from the result the author blessed; `changed` is false when in nothing. */
export interface BlessedComparison {
  changed: boolean;
  outcome?: { before: Outcome; after: Outcome };
  total?: ScoreChange;
  dimensions: ({ dimension: Dimension } & ScoreChange)[];
  /** The customer's lines, line by line, when any differs. */
  customer?: DiffLine[];
}

export function compareWithBlessed(blessed: BlessedResult, report: Report): BlessedComparison {
  const change = (before: number, after: number): ScoreChange | undefined => (before === after ? undefined : { before, after, delta: after - before });
  const total = change(blessed.total, report.total);
  const dimensions = DIMENSIONS.flatMap((dimension) => {
    const before = blessed.dimensions[dimension];
    const changed = before === undefined ? undefined : change(before, report.dimensions[dimension].score);
    return changed ? [{ dimension, ...changed }] : [];
  });
  const now = customerLines(report);
  const linesDiffer = now.length !== blessed.customer.length || now.some((line, index) => line !== blessed.customer[index]);
  const outcomeDiffers = blessed.outcome !== report.outcome;
  return {
    changed: outcomeDiffers || total !== undefined || dimensions.length > 0 || linesDiffer,
    ...(outcomeDiffers ? { outcome: { before: blessed.outcome, after: report.outcome } } : {}),
    ...(total ? { total } : {}),
    dimensions,
    ...(linesDiffer ? { customer: lineDiff(blessed.customer, now) } : {}),
  };
}
