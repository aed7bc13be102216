import type { Token } from '../analysis/tokenize.ts';

/** The span of some tokens in the reply, from the first one's start to the last one's end. */
export function spanOf(tokens: readonly Token[], at: readonly number[]): { start: number; end: number } {
  const places = at.map((i) => tokens[i]!);
  return { start: Math.min(...places.map((t) => t.start)), end: Math.max(...places.map((t) => t.end)) };
}
