import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { DocumentPath } from '../studioPart.ts';

/** Where the cursor stands in the YAML structure, and the word it is writing. */
export interface CursorContext {
  /** For a key: the mapping it goes in. For a value: the value itself (`['states', 'a', 'on', 0, 'goto']`). */
  path: DocumentPath;
  position: 'key' | 'value';
  /** A value alone on its line or a list item, which could as well start a mapping: keys fit too. */
  mayStartMapping: boolean;
  /** The word under the cursor: `from` to `to` in the text, `typed` the part before the cursor. */
  from: number;
  to: number;
  typed: string;
  /** The text goes on with a colon after the word: a key is being retyped, not written anew. */
  followedByColon: boolean;
  /** The keys already in the mapping a key goes in (none for a value). */
  presentKeys: string[];
  /** The document as parsed with the word replaced by a marker (names come from it, the marker aside). */
  document: Document;
  marker: string;
}

/** Names, keys, rule ids and `@list` references: what completion ever writes. */
const WORD = /[\w.@-]/;

/**
 * Completion runs on every keystroke: past this size (a scenario is some 20 000 characters) parsing
 * again each time would make typing lag, so completion stays off.
 */
export const MAX_COMPLETION_TEXT = 300_000;

function markerFor(text: string): string {
  let marker = 'galateocursor';
  while (text.includes(marker)) marker += 'x';
  return marker;
}

/**
 * The cursor's place in the document. The word under the cursor is replaced by a marker and the text
 * parsed again: the `yaml` parser recovers from an unfinished line, so the marker lands where the word
 * would, as a key (`  pha` under a mapping) or a value (`goto: wai`, `when: [greeting, emp`).
 */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  if (text.length > MAX_COMPLETION_TEXT || offset < 0 || offset > text.length) return undefined;
  let from = offset;
  while (from > 0 && WORD.test(text[from - 1]!)) from--;
  let to = offset;
  while (to < text.length && WORD.test(text[to]!)) to++;
  const marker = markerFor(text);
  // A word alone on its line is a key being written: the colon keeps it from running on into the
  // next line's key as one long key (`o` above `silence:` would read as the key "o silence").
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to) === -1 ? text.length : text.indexOf('\n', to);
  const alone = /^[ \t]*(?:-[ \t]+)*$/.test(text.slice(lineStart, from)) && /^[ \t]*(?:#.*)?$/.test(text.slice(to, lineEnd));
  const document = parseDocument(text.slice(0, from) + marker + (alone ? ':' : '') + text.slice(to), { logLevel: 'silent', uniqueKeys: false });

  let found: Pick<CursorContext, 'path' | 'position' | 'mayStartMapping' | 'presentKeys'> | undefined;
  visit(document, {
    Scalar(key, node, ancestors) {
      if (node.value !== marker) return undefined;
      const path = pathOf([...ancestors, node]);
      const parent = ancestors[ancestors.length - 1];
      if (!isPair(parent) || key !== 'key') {
        found = { path, position: 'value', mayStartMapping: false, presentKeys: [] };
        return visit.BREAK;
      }
      const map = ancestors[ancestors.length - 2];
      const holder = ancestors[ancestors.length - 3];
      const keys = isMap(map) ? map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : [];
      if (alone && keys.length === 1 && (isPair(holder) || isSeq(holder))) {
        // The only key of a mapping the colon made: a list item or a value on its own line, which may
        // be a scalar (`- greeting.missing`) as well as the start of a mapping (`- when: …`).
        found = { path: path.slice(0, -1), position: 'value', mayStartMapping: true, presentKeys: [] };
      } else {
        found = { path: path.slice(0, -1), position: 'key', mayStartMapping: false, presentKeys: keys.filter((name) => name !== marker && name !== '') };
      }
      return visit.BREAK;
    },
  });
  if (!found) return undefined;
  return { ...found, from, to, typed: text.slice(from, offset), followedByColon: /^[ \t]*:/.test(text.slice(to)), document, marker };
}

/** The document path of the last node of a chain from the document down: pair keys and sequence indexes. */
function pathOf(chain: readonly unknown[]): (string | number)[] {
  const path: (string | number)[] = [];
  chain.forEach((ancestor, index) => {
    const child = chain[index + 1];
    if (isPair(ancestor)) path.push(isScalar(ancestor.key) ? String(ancestor.key.value) : '');
    else if (isSeq(ancestor) && child !== undefined) path.push(ancestor.items.indexOf(child as never));
  });
  return path;
}
