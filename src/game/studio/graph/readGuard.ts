import type { GuardSummary } from './graphModel.ts';
import { asMapping, asNames, asNumber } from './rawValue.ts';

/** A transition's `if:` as far as it can be read; undefined when there is none (or nothing readable in it). */
export function readGuard(value: unknown): GuardSummary | undefined {
  const guard = asMapping(value);
  if (!guard) return undefined;
  const mood = asMapping(guard.mood);
  const summary: GuardSummary = { facts: asNames(guard.facts), missing: asNames(guard.missing), moodBelow: asNumber(mood?.below), moodAtLeast: asNumber(mood?.atLeast) };
  const empty = summary.facts.length === 0 && summary.missing.length === 0 && summary.moodBelow === undefined && summary.moodAtLeast === undefined;
  return empty ? undefined : summary;
}
