import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../engine/index.ts';
import { progressSince } from './progress.ts';
import type { SessionRecord } from './records.ts';

const record = (id: string, scenario: string, wallStart: number, total: number, dimensionScore: number): SessionRecord =>
  ({
    id,
    source: { kind: 'bundled', id: scenario },
    title: scenario,
    wallStart,
    log: { scenario, version: 'v', seed: 1, events: [] },
    report: { scenario, total, outcome: 'resolved', dimensions: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, { score: dimensionScore }])), phases: {}, findings: [], transcript: [] },
  }) as unknown as SessionRecord;

describe('progressSince', () => {
  it('compares with the latest earlier try of the same scenario, total and each dimension', () => {
    const first = record('a', 'rc', 1, 40, 50);
    const other = record('b', 'angry', 2, 90, 90);
    const second = record('c', 'rc', 3, 55, 45);
    const third = record('d', 'rc', 4, 70, 45);
    // The history lists the newest first.
    const history = [third, second, other, first];
    const progress = progressSince(third, history)!;
    expect(progress.previous.id).toBe('c');
    expect(progress.total).toBe(15);
    expect(progress.dimensions).toEqual(Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, 0])));
    expect(progressSince(second, history)).toMatchObject({ previous: { id: 'a' }, total: 15, dimensions: { greeting: -5 } });
  });

  it('has nothing to say on the first try of a scenario', () => {
    const only = record('a', 'rc', 1, 40, 50);
    expect(progressSince(only, [record('b', 'angry', 0, 90, 90), only])).toBeUndefined();
  });
});
