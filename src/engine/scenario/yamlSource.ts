import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';

type PathKey = PropertyKey;

/** A parsed YAML file that remembers where every value came from. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Syntax problems; when any, `value` may be partial. */
  problems: Problem[];
  /** The line and column of the value at `path` (or of `key` inside it), falling back to the nearest parent. */
  locate(path: readonly PathKey[], key?: string): { line: number; column: number };
}

const MAX_YAML_CHARS = 2_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  if (text.length > MAX_YAML_CHARS) {
    return {
      file,
      value: undefined,
      problems: [{ file, line: 0, column: 0, message: `file too large: ${text.length} characters, at most ${MAX_YAML_CHARS}` }],
      locate: () => ({ line: 0, column: 0 }),
    };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });

  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    ...at(error.pos[0]),
    message: plainYamlMessage(error.code, error.message),
  }));

  // Keys that would reach an object's prototype are refused here: once converted they vanish silently.
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (isScalar(key) && typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
        problems.push({ file, ...at(key.range?.[0] ?? 0), message: `"${key.value}" cannot be used as a key` });
      } else if (key !== null && !isScalar(key)) {
        problems.push({ file, ...at(isNode(key) && key.range ? key.range[0] : 0), message: 'a key must be a plain name, not a list or a mapping' });
      }
    },
  });

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push({ file, line: 0, column: 0, message: `cannot read the YAML: ${(error as Error).message}` });
  }

  const locate = (path: readonly PathKey[], key?: string) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc, path.slice(0, depth));
      if (!node) continue;
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
      }
      if (node.range) return at(node.range[0]);
    }
    return { line: 1, column: 1 };
  };

  return { file, value, problems, locate };
}

function nodeAt(doc: Document, path: readonly PathKey[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
      node = pair?.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else {
      return undefined;
    }
  }
  return isNode(node) ? node : undefined;
}

function plainYamlMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this key appears twice in the same mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `YAML syntax: ${firstLine.replace(/ at line \d+, column \d+.*$/, '')} (check indentation and the ":" after each key)`;
    case 'TAB_AS_INDENT':
      return 'YAML syntax: indent with spaces, not tabs';
    default:
      return `YAML syntax: ${firstLine.replace(/ at line \d+, column \d+.*$/, '')}`;
  }
}
