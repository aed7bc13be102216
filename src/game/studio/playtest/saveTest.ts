import { blessResult, replayReplies, scoreSession, type CompiledScenario, type Outcome, type Report } from '../../../engine/index.ts';
import { appendTest, roundedReplies, type DocumentEdit, type NewTest } from '../tests/testsDocument.ts';
import type { PlaytestRun } from './playtestRun.ts';

/** What the author fills in to save a playtest as a test; prefilled from the run. */
export interface SaveTestDraft {
  name: string;
  outcome: Outcome | '';
  min: string;
  max: string;
}

/** Room around the run's score for the bounds a test starts with: a later small tuning should not fail it. */
const MARGIN = 10;

/** A draft with a free name (`base` and a number), the run's outcome if it ended, and bounds around its score. */
export function draftFrom(run: PlaytestRun, report: Report, existing: readonly string[], base: string): SaveTestDraft {
  let name = `${base} ${existing.length + 1}`;
  for (let n = existing.length + 2; existing.includes(name); n++) name = `${base} ${n}`;
  return { name, outcome: run.session.ended ? report.outcome : '', min: String(Math.max(0, report.total - MARGIN)), max: String(Math.min(100, report.total + MARGIN)) };
}

const bound = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Math.max(0, Math.min(100, Number(text))));

export type SaveResult = DocumentEdit | { ok: false; reason: 'name-missing' | 'name-taken' };

/**
 * The playtest as a test conversation written into the YAML, with its blessed result: the result of
 * replaying the replies as saved (delays to a tenth of a second), to its end, as `galateo test` will.
 */
export function saveTest(text: string, compiled: CompiledScenario, run: PlaytestRun, draft: SaveTestDraft): SaveResult {
  const name = draft.name.trim();
  if (name === '') return { ok: false, reason: 'name-missing' };
  if (compiled.scenario.tests.some((test) => test.name === name)) return { ok: false, reason: 'name-taken' };
  const replies = roundedReplies(run.replies);
  const report = scoreSession(replayReplies(compiled, replies, run.seed, { start: run.start }));
  const test: NewTest = {
    name,
    seed: run.seed,
    start: run.start,
    replies,
    expect: { outcome: draft.outcome === '' ? undefined : draft.outcome, total: { min: bound(draft.min), max: bound(draft.max) } },
    blessed: blessResult(report),
  };
  return appendTest(text, test);
}
