/**
 * Sizes of the graph's text, estimated from character counts: the layout runs before anything is
 * drawn and must give the same result everywhere, so it cannot measure rendered text.
 */
export const NODE_FONT = 13;
export const NODE_LINE = 17;
export const NODE_PADDING = { x: 12, y: 8 };
export const LABEL_FONT = 11;
export const LABEL_LINE = 14;
const NODE_CHAR = 8;
const LABEL_CHAR = 6.4;

/** Longer node lines and edge label lines are clipped with an ellipsis; the whole text is in the tooltip and the text list. */
export const NODE_CHARS = 30;
export const LABEL_CHARS = 34;
/** An edge label longer than this many lines shows the first ones and then "+ n" (the lines left out). */
export const LABEL_LINES = 4;

export function clip(text: string, limit: number): string {
  const characters = Array.from(text);
  return characters.length <= limit ? text : `${characters.slice(0, limit - 1).join('')}…`;
}

const longest = (lines: readonly string[]) => Math.max(0, ...lines.map((line) => Array.from(line).length));

export function nodeSize(lines: readonly string[]): { width: number; height: number } {
  return { width: Math.round(Math.max(56, longest(lines) * NODE_CHAR + 2 * NODE_PADDING.x)), height: lines.length * NODE_LINE + 2 * NODE_PADDING.y };
}

export function labelSize(lines: readonly string[]): { width: number; height: number } {
  return lines.length === 0 ? { width: 0, height: 0 } : { width: Math.round(longest(lines) * LABEL_CHAR + 8), height: lines.length * LABEL_LINE + 4 };
}
