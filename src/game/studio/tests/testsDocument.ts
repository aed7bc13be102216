import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { BlessedResult, Reply, SessionStart, TestGrade } from '../../../engine/index.ts';
import { afterLine, columnOf, printed, rangeOf, splice } from './textSplice.ts';

/** A test conversation as the studio writes it into the scenario. */
export interface NewTest {
  name: string;
  seed: number;
  start?: SessionStart | undefined;
  replies: readonly Reply[];
  expect: { outcome?: string | undefined; total?: { min?: number | undefined; max?: number | undefined } | undefined };
  blessed?: BlessedResult | undefined;
}

/** A structured edit of the YAML text: the new text, or why it could not be made (the text is left as it was). */
export type DocumentEdit = { ok: true; text: string } | { ok: false; reason: 'unreadable' | 'no-such-test' };

const INDENT = 2;

function readable(text: string): Document | undefined {
  const document = parseDocument(text);
  return document.errors.length === 0 && isMap(document.contents) ? document : undefined;
}

/** Seconds to a tenth, as an author writes them: the playtest measures milliseconds. */
const tenths = (seconds: number) => Math.round(seconds * 10) / 10;

/** The replies as a test keeps them, delays and typing to a tenth of a second. */
export const roundedReplies = (replies: readonly Reply[]): Reply[] =>
  replies.map((reply) => ({
    delay: tenths(reply.delay),
    text: reply.text,
    ...(reply.typing !== undefined && tenths(reply.typing) > 0 ? { typing: tenths(reply.typing) } : {}),
    ...(reply.after !== undefined ? { after: reply.after } : {}),
  }));

/** Leaves out what is undefined, so the YAML gets no `null`s. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Small maps go on one line, the way the bundled scenarios write them. */
const FLOW = new Set(['start', 'expect.total', 'blessed.dimensions', 'dimensions', 'grade.dimensions']);
const flow = (path: string) => FLOW.has(path);

/**
 * Appends a test conversation to `tests:`, creating it at the end when missing. The new test is
 * spliced into the text: every other byte of the file (comments, folding, spacing) stays as written.
 */
export function appendTest(text: string, test: NewTest): DocumentEdit {
  const document = readable(text);
  if (!document) return { ok: false, reason: 'unreadable' };
  const total = test.expect.total && defined(test.expect.total);
  const value = defined({
    name: test.name,
    seed: test.seed,
    start: test.start,
    replies: roundedReplies(test.replies),
    expect: defined({ outcome: test.expect.outcome, total: total && Object.keys(total).length > 0 ? total : undefined }),
    blessed: test.blessed,
  });
  const pair = (document.contents as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === 'tests');
  const tests = pair?.value;
  if (pair === undefined || tests === null || tests === undefined) {
    // No tests yet (or `tests:` with nothing): a block list at the key's place, or at the end.
    if (pair === undefined) return { ok: true, text: splice(text, text.length, text.length, `tests:\n${printed([value], INDENT, flow)}`) };
    const keyStart = rangeOf(pair.key)[0];
    const column = columnOf(text, keyStart);
    return { ok: true, text: splice(text, keyStart - column, afterLine(text, keyStart), `${' '.repeat(column)}tests:\n${printed([value], column + INDENT, flow)}`) };
  }
  if (!isSeq(tests)) return { ok: false, reason: 'unreadable' };
  if (tests.flow || tests.items.length === 0) {
    // `tests: []` written by hand becomes a block list, where a whole conversation reads well.
    const column = columnOf(text, rangeOf(pair.key)[0]);
    const [start, end] = rangeOf(tests);
    return { ok: true, text: `${text.slice(0, start).trimEnd()}\n${printed([...(tests.toJSON() as unknown[]), value], column + INDENT, flow)}${text.slice(afterLine(text, end))}` };
  }
  // After the last test, at the column of the list's dashes.
  const dash = text.lastIndexOf('-', rangeOf(tests.items[0])[0]);
  const at = afterLine(text, rangeOf(tests.items.at(-1))[1]);
  return { ok: true, text: splice(text, at, at, printed([value], columnOf(text, dash), flow)) };
}

/** Sets (or replaces) the blessed result or the grade of the test at `index`, splicing only that part. */
export function setTestPart(text: string, index: number, part: 'blessed' | 'grade', value: BlessedResult | TestGrade): DocumentEdit {
  const document = readable(text);
  if (!document) return { ok: false, reason: 'unreadable' };
  const test = document.getIn(['tests', index], true);
  if (!isMap(test)) return { ok: false, reason: 'no-such-test' };
  const entry = printed({ [part]: defined(value) }, 0, flow);
  if (test.flow) {
    // A test written on one line ({ name: …, replies: … }) takes the part inside its braces.
    document.setIn(['tests', index, part], document.createNode(defined(value)));
    return { ok: true, text: document.toString() };
  }
  const column = test.items.length > 0 ? columnOf(text, rangeOf(test.items[0]!.key)[0]) : INDENT * 2;
  const indented = entry
    .split('\n')
    .map((line, lineIndex) => (line === '' || lineIndex === 0 ? line : ' '.repeat(column) + line))
    .join('\n');
  const existing = test.items.find((item) => isScalar(item.key) && item.key.value === part);
  if (existing) {
    const from = rangeOf(existing.key)[0];
    const to = afterLine(text, rangeOf(existing.value ?? existing.key)[1]);
    return { ok: true, text: `${text.slice(0, from)}${indented}${text.slice(to)}` };
  }
  const at = afterLine(text, rangeOf(test)[1]);
  return { ok: true, text: splice(text, at, at, ' '.repeat(column) + indented) };
}
