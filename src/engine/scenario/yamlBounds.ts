import { isAlias, isCollection, isPair, type Document, type Node } from 'yaml';

/** Far above any scenario (the biggest bundled one is under 20 KB), far below what costs a server anything. */
export const MAX_YAML_CHARS = 512 * 1024;
/** Lists and mappings inside one another: a scenario needs about six; a parser's recursion must never meet thousands. */
export const MAX_YAML_DEPTH = 64;
/** Values an alias may expand to, in all: the defence against the 'billion laughs'. */
export const MAX_YAML_ALIASES = 100;

/**
 * Where the text nests deeper than allowed, found before parsing so the parser never meets it: flow
 * brackets (`[[[…`) outside quotes and comments, and block nesting (indentation, `- - -` on one
 * line), counted at one level per two columns. Returns the offset where the limit is passed.
 */
export function tooDeepAt(text: string): number | undefined {
  let flow = 0;
  let quote: string | undefined;
  let lineStart = true;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      lineStart = true;
      column = 0;
      continue;
    }
    if (lineStart) {
      if (char === ' ' || ((char === '-' || char === '?') && text[i + 1] === ' ')) {
        column++;
        if (column / 2 > MAX_YAML_DEPTH) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if (char === '[' || char === '{') {
      flow++;
      if (flow > MAX_YAML_DEPTH) return i;
    } else if ((char === ']' || char === '}') && flow > 0) flow--;
  }
  return undefined;
}

/** The first node nested deeper than allowed, walked without recursion: the parser's result, checked before anything recurses over it. */
export function tooDeepNode(doc: Document): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_YAML_DEPTH) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The first alias of the document (breadth first, in order), where an alias bomb is shown to its author. */
export function firstAlias(doc: Document): Node | undefined {
  const queue: unknown[] = [doc.contents];
  for (let next = 0; next < queue.length; next++) {
    const node = queue[next];
    if (isAlias(node)) return node;
    if (isCollection(node)) for (const item of node.items) queue.push(...(isPair(item) ? [item.key, item.value] : [item]));
  }
  return undefined;
}
