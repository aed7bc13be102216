import type { ClassAverages } from '../../classroom/contract.ts';
import { DIMENSIONS, type Report } from '../../engine/index.ts';

const mean = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10);

/**
 * The class's mean total and mean score per dimension over every scored session, one decimal.
 * The dimensions are the engine's, so a new one shows up here with no change.
 */
export function classAverages(reports: readonly Pick<Report, 'total' | 'dimensions'>[]): ClassAverages {
  return {
    sessions: reports.length,
    total: mean(reports.map((report) => report.total)),
    dimensions: DIMENSIONS.map((dimension) => ({ dimension, average: mean(reports.map((report) => report.dimensions[dimension].score)) })),
  };
}
