import { blessResult, replayReplies, scoreSession, type CompiledScenario, type Outcome, type Reply, type Report } from '../../../engine/index.ts';
import { appendTest, roundedReplies, type DocumentEdit, type NewTest } from '../tests/testsDocument.ts';
import type { PlaytestRun } from './playtestRun.ts';

/** What the author fills in to save a playtest as a test; prefilled from the test's own run. */
export interface SaveTestDraft {
  name: string;
  outcome: Outcome | '';
  min: string;
  max: string;
}

/** The playtest as a test will replay it: its replies as saved, and the report of playing them to the end. */
export interface TestPreview {
  replies: Reply[];
  report: Report;
}

const transcriptOf = (compiled: CompiledScenario, run: PlaytestRun, replies: readonly Reply[]) =>
  replayReplies(compiled, replies, run.seed, { start: run.start })
    .messages.map((message) => `${message.from}|${message.at}|${message.text}`)
    .join('\n');

/**
 * The replies as the test keeps them: delays to a tenth of a second, and `after` only on the
 * replies whose delay alone would replay them before a line they answered (a reply sent right after
 * "skip the wait"), so that a hand-read test stays as plain as the bundled ones.
 */
export function previewTest(compiled: CompiledScenario, run: PlaytestRun): TestPreview {
  const replies = roundedReplies(run.replies);
  const reference = transcriptOf(compiled, run, replies);
  replies.forEach((reply, index) => {
    if (reply.after === undefined) return;
    const plain: Reply = { delay: reply.delay, text: reply.text, ...(reply.typing !== undefined ? { typing: reply.typing } : {}) };
    if (transcriptOf(compiled, run, replies.with(index, plain)) === reference) replies[index] = plain;
  });
  return { replies, report: scoreSession(replayReplies(compiled, replies, run.seed, { start: run.start })) };
}

/** Room around the test's score for the bounds it starts with: a later small tuning should not fail it. */
const MARGIN = 10;

/** A draft with a free name (`base` and a number), the test's outcome and bounds around its score. */
export function draftFrom(report: Report, existing: readonly string[], base: string): SaveTestDraft {
  let name = `${base} ${existing.length + 1}`;
  for (let n = existing.length + 2; existing.includes(name); n++) name = `${base} ${n}`;
  return { name, outcome: report.outcome, min: String(Math.max(0, report.total - MARGIN)), max: String(Math.min(100, report.total + MARGIN)) };
}

const bound = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Math.max(0, Math.min(100, Number(text))));

export type SaveResult = DocumentEdit | { ok: false; reason: 'name-missing' | 'name-taken' };

/** The playtest written into the YAML as a test conversation, blessed with the result of its own replay, as `galateo test` will play it. */
export function saveTest(text: string, compiled: CompiledScenario, run: PlaytestRun, preview: TestPreview, draft: SaveTestDraft): SaveResult {
  const name = draft.name.trim();
  if (name === '') return { ok: false, reason: 'name-missing' };
  if (compiled.scenario.tests.some((test) => test.name === name)) return { ok: false, reason: 'name-taken' };
  const test: NewTest = {
    name,
    seed: run.seed,
    start: run.start,
    replies: preview.replies,
    expect: { outcome: draft.outcome === '' ? undefined : draft.outcome, total: { min: bound(draft.min), max: bound(draft.max) } },
    blessed: blessResult(preview.report),
  };
  return appendTest(text, test);
}
