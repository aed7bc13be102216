import { isCollection, isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { BlessedResult, Reply, SessionStart, TestGrade } from '../../../engine/index.ts';

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

/** Lines as they were, however long: the rest of the file must not be re-wrapped by an edit elsewhere. */
const OUTPUT = { lineWidth: 0 } as const;

function readable(text: string): Document | undefined {
  const document = parseDocument(text);
  return document.errors.length === 0 && isMap(document.contents) ? document : undefined;
}

/** Seconds to a tenth, as an author writes them: the playtest measures milliseconds. */
const tenths = (seconds: number) => Math.round(seconds * 10) / 10;

/** The replies as a test keeps them, delays and typing to a tenth of a second. */
export const roundedReplies = (replies: readonly Reply[]): Reply[] =>
  replies.map((reply) => ({ delay: tenths(reply.delay), text: reply.text, ...(reply.typing !== undefined && tenths(reply.typing) > 0 ? { typing: tenths(reply.typing) } : {}) }));

/** Leaves out what is undefined, so the YAML gets no `null`s. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * Appends a test conversation to `tests:` through the `yaml` Document API, so every comment and
 * the order of the rest of the file survive; `tests:` is created at the end when missing.
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
  const node = document.createNode(value);
  flowStyle(node, ['start', 'expect']);
  if (isMap(node)) flowStyle(node.get('blessed', true), ['dimensions']);
  const tests = document.get('tests', true);
  if (isSeq(tests)) {
    // A `tests: []` written by hand becomes a block list, where a whole conversation reads well.
    tests.flow = false;
    tests.items.push(node);
  } else document.set('tests', document.createNode([node]));
  return { ok: true, text: document.toString(OUTPUT) };
}

/** Sets (or replaces) the blessed result or the grade of the test at `index`. */
export function setTestPart(text: string, index: number, part: 'blessed' | 'grade', value: BlessedResult | TestGrade): DocumentEdit {
  const document = readable(text);
  if (!document) return { ok: false, reason: 'unreadable' };
  if (!isMap(document.getIn(['tests', index], true))) return { ok: false, reason: 'no-such-test' };
  const node = document.createNode(defined(value));
  flowStyle(node, ['dimensions']);
  document.setIn(['tests', index, part], node);
  return { ok: true, text: document.toString(OUTPUT) };
}

/** Writes small maps on one line ({ min: 60, max: 90 }), the way the bundled scenarios do. */
function flowStyle(node: unknown, keys: readonly string[]): void {
  if (!isMap(node)) return;
  for (const key of keys) {
    const child = node.get(key, true);
    if (isCollection(child)) child.flow = true;
  }
}
