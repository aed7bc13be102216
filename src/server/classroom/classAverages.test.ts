import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../engine/index.ts';
import { scenarioTestReport } from '../testing/sessions.ts';
import { classAverages } from './classAverages.ts';

describe('class averages', () => {
  it('average every dimension of the registry, and the total, over all sessions', () => {
    const reports = [scenarioTestReport('rc-auto-renewal', 0), scenarioTestReport('rc-auto-renewal', 1)];
    const averages = classAverages(reports);
    expect(averages.sessions).toBe(2);
    expect(averages.dimensions.map((entry) => entry.dimension)).toEqual([...DIMENSIONS]);
    for (const { dimension, average } of averages.dimensions) {
      expect(average).toBeCloseTo((reports[0]!.dimensions[dimension].score + reports[1]!.dimensions[dimension].score) / 2, 1);
    }
    expect(averages.total).toBeCloseTo((reports[0]!.total + reports[1]!.total) / 2, 1);
  });

  it('have nothing to average before the first session', () => {
    expect(classAverages([])).toEqual({ sessions: 0, total: null, dimensions: DIMENSIONS.map((dimension) => ({ dimension, average: null })) });
  });
});
