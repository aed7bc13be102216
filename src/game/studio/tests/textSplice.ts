import { Document, isCollection, isPair } from 'yaml';

/**
 * Splicing YAML into a text at a place, so that everything else stays byte for byte as written:
 * re-printing the whole document would refold long strings and respace flow lists.
 */

/** Where the line holding `position` ends: just after its newline (or the text's end). */
export function afterLine(text: string, position: number): number {
  if (position > 0 && text[position - 1] === '\n') return position;
  const newline = text.indexOf('\n', position);
  return newline === -1 ? text.length : newline + 1;
}

/** The column of `position` in its line. */
export function columnOf(text: string, position: number): number {
  return position - (text.lastIndexOf('\n', position - 1) + 1);
}

/** `value` printed as YAML (small maps on one line where `flow` says), each line indented by `indent` spaces. */
export function printed(value: unknown, indent: number, flow: (path: string) => boolean = () => false): string {
  const document = new Document(value);
  markFlow(document.contents, '', flow);
  const pad = ' '.repeat(indent);
  return document
    .toString({ lineWidth: 0 })
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

function markFlow(node: unknown, path: string, flow: (path: string) => boolean): void {
  if (!isCollection(node)) return;
  if (path !== '' && flow(path)) {
    node.flow = true;
    return;
  }
  for (const item of node.items as unknown[]) {
    if (isPair(item)) markFlow(item.value, path === '' ? String(item.key) : `${path}.${String(item.key)}`, flow);
    else markFlow(item, path, flow);
  }
}

/** Where a parsed node stands in the text: start, end of its value, end with its trailing comments. */
export function rangeOf(node: unknown): [number, number, number] {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (range === undefined) throw new Error('a node parsed from the text has a range');
  return range;
}

/** The text with `from`..`to` replaced by `insert`, and a newline before it when it starts mid-line. */
export function splice(text: string, from: number, to: number, insert: string): string {
  const before = text.slice(0, from);
  const glue = before === '' || before.endsWith('\n') ? '' : '\n';
  return `${before}${glue}${insert}${text.slice(to)}`;
}
