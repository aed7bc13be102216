import { Composer, CST, isScalar, parseDocument, Parser } from 'yaml';
import type { DocumentPath } from '../studioPart.ts';

/**
 * Keeps the trainer's own writing where an edit did not reach. The Document API writes the whole
 * file anew (a folded brief comes out on one line, `{ a: b }` loses its spaces), so the edit's
 * result is narrowed: a changed text replaces only that text's source, and otherwise each
 * top-level section whose value did not change keeps its original source. Every narrowed result
 * is read back and kept only when it means exactly what the full edit means.
 */

const plain = (text: string): unknown => {
  const doc = parseDocument(text, { logLevel: 'silent' });
  return doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Rewrites only the source of the text at `path`, if it is a text already; undefined when that cannot be done faithfully. */
export function replaceScalarSource(text: string, path: DocumentPath, value: string, expected: unknown): string | undefined {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const node = docs.length === 1 ? docs[0]!.getIn(path, true) : undefined;
  if (!isScalar(node) || !node.srcToken || typeof node.value !== 'string') return undefined;
  CST.setScalarValue(node.srcToken, value, placeOf(tokens, node.srcToken));
  const result = tokens.map((part) => CST.stringify(part)).join('');
  return same(plain(result), expected) ? result : undefined;
}

/**
 * Where a scalar sits: in a flow list or mapping (`[a, b]`, where commas and brackets need quotes),
 * and after a key (a block scalar's lines then sit one level deeper than the key).
 */
function placeOf(tokens: CST.Token[], token: CST.Token): { inFlow: boolean; afterKey: boolean } {
  const place = { inFlow: false, afterKey: false };
  for (const root of tokens) {
    if (root.type !== 'document') continue;
    CST.visit(root, (item, path) => {
      if (item.key !== token && item.value !== token) return undefined;
      place.inFlow = CST.visit.parentCollection(root, path).type === 'flow-collection';
      place.afterKey = item.value === token && item.key !== undefined && item.key !== null;
      return CST.visit.BREAK;
    });
  }
  return place;
}

/** The edited text, with every top-level section the edit left unchanged in its original source. */
export function keepUntouchedSections(original: string, edited: string, expected: unknown): string {
  const before = topLevel(original);
  const after = topLevel(edited);
  const oldValue = plain(original) as Record<string, unknown> | undefined;
  if (!before || !after || typeof oldValue !== 'object' || oldValue === null || typeof expected !== 'object' || expected === null) return edited;
  const newValue = expected as Record<string, unknown>;
  const originals = new Map(before.map.items.map((item) => [keyOf(item), item]));
  after.map.items = after.map.items.map((item) => {
    const key = keyOf(item);
    const old = key === undefined ? undefined : originals.get(key);
    return old && key !== undefined && same(oldValue[key], newValue[key]) ? old : item;
  });
  const result = after.tokens.map((part) => CST.stringify(part)).join('');
  return same(plain(result), expected) ? result : edited;
}

function topLevel(text: string): { tokens: CST.Token[]; map: CST.BlockMap } | undefined {
  const tokens = [...new Parser().parse(text)];
  const documents = tokens.filter((token): token is CST.Document => token.type === 'document');
  const map = documents.length === 1 ? documents[0]!.value : undefined;
  return map?.type === 'block-map' ? { tokens, map } : undefined;
}

function keyOf(item: CST.BlockMap['items'][number]): string | undefined {
  const key = item.key;
  if (!key || !CST.isScalar(key)) return undefined;
  const resolved = CST.resolveAsScalar(key);
  return resolved ? resolved.value : undefined;
}
