import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DocumentPath } from '../studioPart.ts';

/**
 * The document path of the deepest value written at a line and column of the YAML text (both
 * 1-based, as problems give them): a problem's place becomes the form field that holds it. A place
 * on a key counts as that key's value; a place outside every value gives the path of the nearest
 * enclosing collection, and the empty path at worst.
 */
export function pathAtLine(text: string, line: number, column: number): DocumentPath {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, logLevel: 'silent' });
  const offset = offsetOf(lineCounter, text, line, column);
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    const next = childAt(node, offset);
    if (!next) return path;
    path.push(next.key);
    node = next.node;
  }
}

function childAt(node: unknown, offset: number): { key: string | number; node: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const start = pair.key.range?.[0] ?? Infinity;
      const end = isNode(pair.value) && pair.value.range ? pair.value.range[1] : (pair.key.range?.[1] ?? -1);
      if (offset >= start && offset < end) return { key: String(pair.key.value), node: pair.value };
    }
  }
  if (isSeq(node)) {
    const index = node.items.findIndex((item) => contains(item, offset));
    if (index >= 0) return { key: index, node: node.items[index] };
  }
  return undefined;
}

const contains = (item: unknown, offset: number) => isNode(item) && (item as Node).range !== undefined && offset >= item.range![0] && offset < item.range![1];

/** The character offset of a 1-based line and column; line 0 (the whole file) is before everything, a line past the end is the end. */
function offsetOf(lineCounter: LineCounter, text: string, line: number, column: number): number {
  const starts = lineCounter.lineStarts;
  if (line < 1) return -1;
  const start = starts[line - 1];
  if (start === undefined) return text.length;
  return start + Math.max(0, column - 1);
}
