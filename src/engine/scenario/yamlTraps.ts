import { isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import { authorMessage, type AuthorLanguage } from './authorMessages.ts';

/**
 * A YAML reading its author did not mean, found in the parsed document: the value at `path` is not
 * what was typed. When the schema then refuses that value, the trap's advice replaces the schema's
 * message; when nothing refuses it, the text was changed silently and the advice is a warning.
 */
export interface YamlTrap {
  path: (string | number)[];
  offset: number;
  message: string;
}

/** The traps of a parsed document (its nesting already bounded, so walking it recursively is safe). */
export function findYamlTraps(doc: Document, text: string, language: AuthorLanguage): YamlTrap[] {
  const traps: YamlTrap[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, [...path, index]));
      if (node.flow) flowListTraps(node.items, path);
    } else if (isScalar(node)) hashTrap(node, path);
  };

  // 'pratica #ST-58214': a '#' after a space starts a comment, and the text silently ends before it.
  // A comment written as one ('# seed 002', with a space) is the author's; a code glued to '#' is text.
  const hashTrap = (node: Scalar, path: (string | number)[]) => {
    if (node.type !== Scalar.PLAIN || typeof node.value !== 'string' || typeof node.comment !== 'string' || !node.range || /^\s/.test(node.comment)) return;
    const hash = text.indexOf('#', node.range[1]);
    if (hash < 0 || !/^[ \t]+$/.test(text.slice(node.range[1], hash))) return;
    const lineEnd = text.indexOf('\n', hash);
    const whole = text.slice(node.range[0], lineEnd < 0 ? text.length : lineEnd).trimEnd();
    traps.push({ path, offset: hash, message: authorMessage(language, 'yaml.hash-cuts-text', { text: node.value, whole: whole.replace(/"/g, '\\"') }) });
  };

  const flowListTraps = (items: readonly unknown[], path: (string | number)[]) => {
    items.forEach((item, index) => {
      // '[Perfetto: grazie]': inside a flow list, 'key: value' without braces is a mapping.
      if (isMap(item) && item.range && text[item.range[0]] !== '{') {
        const source = text.slice(item.range[0], item.range[1]).trim();
        traps.push({ path: [...path, index], offset: item.range[0], message: authorMessage(language, 'yaml.colon-in-text', { text: source }) });
      }
    });
    // '[9,99]': items glued by a comma between digits were one number the author typed ('9,99', '1,5 GB').
    for (let first = 0; first < items.length - 1; first++) {
      let last = first;
      while (last + 1 < items.length && glued(items[last], items[last + 1])) last++;
      if (last === first) continue;
      const start = (items[first] as Scalar).range![0];
      const source = text.slice(start, (items[last] as Scalar).range![1]);
      const message = authorMessage(language, 'yaml.comma-splits-item', { text: source, count: last - first + 1 });
      for (let index = first; index <= last; index++) traps.push({ path: [...path, index], offset: start, message });
      first = last;
    }
  };
  // Only a decimal comma: '[bonifico,paypal]' is a list written tightly, '[9,99]' a price cut in two.
  const glued = (a: unknown, b: unknown) =>
    isScalar(a) &&
    isScalar(b) &&
    a.type === Scalar.PLAIN &&
    b.type === Scalar.PLAIN &&
    !!a.range &&
    !!b.range &&
    text[a.range[1]] === ',' &&
    b.range[0] === a.range[1] + 1 &&
    /\d$/.test(text.slice(a.range[0], a.range[1])) &&
    /^\d/.test(text.slice(b.range[0]));

  walk(doc.contents, []);
  return traps;
}
