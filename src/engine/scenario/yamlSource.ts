import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { authorMessage, type AuthorLanguage } from './authorMessages.ts';
import { firstAlias, MAX_YAML_ALIASES, MAX_YAML_CHARS, MAX_YAML_DEPTH, tooDeepAt, tooDeepNode } from './yamlBounds.ts';
import { findYamlTraps, type YamlTrap } from './yamlTraps.ts';

type PathKey = PropertyKey;

/** A parsed YAML file that remembers where every value came from. */
export interface YamlSource {
  file: string;
  value: unknown;
  /** Syntax problems; when any, `value` may be partial. */
  problems: Problem[];
  /** Readings the author likely did not mean (a text cut at '#', '9,99' split in two), with advice. */
  traps: YamlTrap[];
  /** The line and column of the value at `path` (or of `key` inside it), falling back to the nearest parent. */
  locate(path: readonly PathKey[], key?: string): { line: number; column: number };
  /** The line and column of an offset in the text. */
  at(offset: number): { line: number; column: number };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses YAML for the engine's readers (scenarios, replies, panels), refusing in bounded time and
 * memory what no author writes: a text over MAX_YAML_CHARS, nesting deeper than MAX_YAML_DEPTH, and
 * aliases that would expand past MAX_YAML_ALIASES values (the 'billion laughs'). The server, the
 * CLI and the studio share this one guard. Problems are in the author's language (English by default).
 */
export function parseYamlSource(text: string, file: string, options: { language?: AuthorLanguage } = {}): YamlSource {
  const language = options.language ?? 'en';
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const refused = (problem: Problem): YamlSource => ({ file, value: undefined, problems: [problem], traps: [], locate: () => ({ line: 0, column: 0 }), at: () => ({ line: 0, column: 0 }) });
  if (text.length > MAX_YAML_CHARS) return refused({ file, line: 0, column: 0, message: authorMessage(language, 'yaml.too-large', { size: text.length, max: MAX_YAML_CHARS }) });
  const deepAt = tooDeepAt(text);
  if (deepAt !== undefined) return refused({ file, ...positionIn(text, deepAt), message: authorMessage(language, 'yaml.too-deep', { max: MAX_YAML_DEPTH }) });

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  const deepNode = tooDeepNode(doc);
  if (deepNode) return refused({ file, ...at(deepNode.range?.[0] ?? 0), message: authorMessage(language, 'yaml.too-deep', { max: MAX_YAML_DEPTH }) });

  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    ...at(error.pos[0]),
    message: error.code === 'BLOCK_AS_IMPLICIT_KEY' ? authorMessage(language, 'yaml.colon-in-text', { text: restOfLine(text, error.pos[0]) }) : plainYamlMessage(error.code, error.message),
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
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const alias = firstAlias(doc);
    const bomb = alias !== undefined && /alias/i.test((error as Error).message);
    problems.push({
      file,
      ...(alias?.range ? at(alias.range[0]) : { line: 0, column: 0 }),
      message: bomb ? authorMessage(language, 'yaml.alias-bomb') : `cannot read the YAML: ${(error as Error).message}`,
    });
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

  return { file, value, problems, traps: problems.length > 0 ? [] : findYamlTraps(doc, text, language), locate, at };
}

/** Line and column of an offset, counted directly: for a text refused before it is parsed. */
function positionIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The value from where the parser stopped to the end of its line: 'Perfetto: grazie' of 'say: Perfetto: grazie'. */
function restOfLine(text: string, offset: number): string {
  const lineEnd = text.indexOf('\n', offset);
  return text
    .slice(offset, lineEnd < 0 ? text.length : lineEnd)
    .trim()
    .replace(/"/g, '\\"');
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
