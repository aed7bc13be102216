import { isCollection, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { DocumentPath } from '../studioPart.ts';
import { keepUntouchedSections, replaceScalarSource } from './keepSource.ts';

/**
 * Structured edits of the scenario's YAML text through the `yaml` Document API, so that comments,
 * key order and the style of untouched values survive. Each edit takes the text and gives the new
 * text; the text stays the one source of truth. A text that does not parse is returned unchanged:
 * the forms are read-only until the trainer fixes it in the text tab.
 */

// No folding of long lines (it would split a trainer's sentence over lines) and `[a, b]` as authors write lists.
const OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

type Edit = (doc: Document) => void;

/** `scalar`: the edit only changes the text at this path, which can then be rewritten in place. */
function edit(text: string, change: Edit, scalar?: { path: DocumentPath; value: string }): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  change(doc);
  const expected = doc.toJS({ maxAliasCount: 100 });
  const inPlace = scalar && replaceScalarSource(text, scalar.path, scalar.value, expected);
  return inPlace || keepUntouchedSections(text, doc.toString(OUTPUT), expected);
}

const isEmptyValue = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * Sets the value at `path`, creating the mappings on the way. A scalar keeps its node (its comment
 * and quoting); a list or mapping written over a flow one stays in flow style.
 */
export function setValue(text: string, path: DocumentPath, value: unknown): string {
  return edit(
    text,
    (doc) => {
      const previous = doc.getIn(path, true);
      if (isScalar(previous) && (value === null || typeof value !== 'object')) {
        previous.value = value;
        return;
      }
      const node = doc.createNode(value);
      if (isCollection(previous) && isCollection(node) && previous.flow) node.flow = true;
      doc.setIn(path, node);
    },
    typeof value === 'string' ? { path, value } : undefined,
  );
}

/** Removes the value at `path` (a key and its value, or a list item); removing what is not there changes nothing. */
export function removeValue(text: string, path: DocumentPath): string {
  return edit(text, (doc) => {
    if (doc.hasIn(path)) doc.deleteIn(path);
  });
}

/** Sets an optional value, or removes it when the trainer emptied the field. */
export function setOrRemove(text: string, path: DocumentPath, value: unknown): string {
  return isEmptyValue(value) ? removeValue(text, path) : setValue(text, path, value);
}

/** Appends an item to the list at `path`, creating the list when there is none. */
export function appendItem(text: string, path: DocumentPath, item: unknown): string {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (isSeq(list)) list.add(doc.createNode(item));
    else doc.setIn(path, doc.createNode([item]));
  });
}

/** Moves the list item at `from` to `to` within the list at `path`, with its comments. */
export function moveItem(text: string, path: DocumentPath, from: number, to: number): string {
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (!isSeq(list) || from === to || to < 0 || to >= list.items.length || from < 0 || from >= list.items.length) return;
    const [item] = list.items.splice(from, 1);
    list.items.splice(to, 0, item);
  });
}

/**
 * Replaces the list of texts at `path` item by item: unchanged items keep their comments and the
 * list its style; an empty list removes the key.
 */
export function setTextList(text: string, path: DocumentPath, items: readonly string[]): string {
  if (items.length === 0) return removeValue(text, path);
  return edit(text, (doc) => {
    const list = doc.getIn(path, true);
    if (!isSeq(list)) {
      doc.setIn(path, doc.createNode([...items]));
      return;
    }
    items.forEach((item, index) => {
      const current = list.items[index];
      if (isScalar(current)) {
        if (current.value !== item) current.value = item;
      } else if (index < list.items.length) list.items[index] = doc.createNode(item);
      else list.add(doc.createNode(item));
    });
    list.items.splice(items.length);
  });
}

/** Adds `key: value` at the end of the mapping at `path` (creating it); an existing key is left as it is. */
export function addEntry(text: string, path: DocumentPath, key: string, value: unknown): string {
  return edit(text, (doc) => {
    const map = doc.getIn(path, true);
    if (isMap(map) && map.has(key)) return;
    if (isMap(map)) map.set(doc.createNode(key), doc.createNode(value));
    else doc.setIn([...path, key], doc.createNode(value));
  });
}

/** Renames a key of the mapping at `path` in place, keeping its position, value and comments. */
export function renameEntry(text: string, path: DocumentPath, from: string, to: string): string {
  return edit(text, (doc) => {
    const map = doc.getIn(path, true);
    if (!isMap(map) || map.has(to)) return;
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === from);
    if (pair && isScalar(pair.key)) pair.key.value = to;
  });
}
