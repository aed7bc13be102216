import { DIMENSIONS, type Dimension } from '../../engine/index.ts';
import type { SessionRecord } from './records.ts';

/** How a session's scores moved since the try before it on the same scenario: this try's score minus the previous one's. */
export interface Progress {
  previous: SessionRecord;
  total: number;
  /** Dimensions scored in both tries (a report kept from before a dimension existed has no score for it). */
  dimensions: Partial<Record<Dimension, number>>;
}

/** The change since the latest earlier try of the same scenario in the history, if there was one. */
export function progressSince(record: SessionRecord, history: readonly SessionRecord[]): Progress | undefined {
  const earlier = history.filter((candidate) => candidate.report.scenario === record.report.scenario && candidate.wallStart < record.wallStart);
  const previous = earlier.reduce<SessionRecord | undefined>((latest, candidate) => (latest === undefined || candidate.wallStart > latest.wallStart ? candidate : latest), undefined);
  if (previous === undefined) return undefined;
  const dimensions: Partial<Record<Dimension, number>> = {};
  for (const dimension of DIMENSIONS) {
    const now = record.report.dimensions[dimension]?.score;
    const before = previous.report.dimensions[dimension]?.score;
    if (now !== undefined && before !== undefined) dimensions[dimension] = now - before;
  }
  return { previous, total: record.report.total - previous.report.total, dimensions };
}
