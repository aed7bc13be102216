import type { Problem } from '../../../engine/index.ts';

/** A problem placed in the text: offsets for the editor to mark. */
export interface ProblemRange {
  from: number;
  to: number;
  message: string;
}

/** The word or value a problem's column points at: up to the next space or YAML punctuation. */
const TOKEN = /[^\s,:[\]{}]+/y;

/**
 * Where each problem sits in the text, from its 1-based line and column. A problem of the whole file
 * (line 0) marks the first line. The text may have moved on since the problems were found (the
 * editor is ahead of validation while the trainer types): positions past the end are kept inside it.
 */
export function problemRanges(text: string, problems: readonly Problem[]): ProblemRange[] {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineEnd = (line: number) => (line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length);

  return problems.map((problem) => {
    if (problem.line <= 0) return { from: 0, to: lineEnd(0), message: problem.message };
    const line = Math.min(problem.line, lineStarts.length) - 1;
    const end = lineEnd(line);
    const from = Math.min(lineStarts[line]! + Math.max(problem.column - 1, 0), end);
    TOKEN.lastIndex = from;
    const token = TOKEN.exec(text);
    const to = token && token.index === from ? Math.min(from + token[0].length, end) : from;
    return { from, to, message: problem.message };
  });
}
