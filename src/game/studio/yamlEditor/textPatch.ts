/** One replacement, in the coordinates of the text before any of them. */
export interface TextPatch {
  from: number;
  to: number;
  insert: string;
}

/** Beyond this many line pairs to compare, the middle is replaced as one block: a whole new file, not an edit. */
const MAX_COMPARED_PAIRS = 1_000_000;

/**
 * The replacements that turn `before` into `after`, line by line and, inside a changed line, only
 * the characters that changed. Applying just these lets the editor keep the cursor, the selection
 * and the scroll where they were when a form edit or an undo replaces the text from outside: a line
 * added at the top moves the cursor down with its line instead of throwing it to the top.
 */
export function textPatches(before: string, after: string): TextPatch[] {
  if (before === after) return [];
  const oldLines = linesOf(before);
  const newLines = linesOf(after);
  let start = 0;
  while (start < oldLines.length && start < newLines.length && oldLines[start] === newLines[start]) start++;
  let end = 0;
  while (end < oldLines.length - start && end < newLines.length - start && oldLines[oldLines.length - 1 - end] === newLines[newLines.length - 1 - end]) end++;
  const oldMiddle = oldLines.slice(start, oldLines.length - end);
  const newMiddle = newLines.slice(start, newLines.length - end);
  const hunks = oldMiddle.length * newMiddle.length <= MAX_COMPARED_PAIRS ? changedRuns(oldMiddle, newMiddle) : [{ oldFrom: 0, oldTo: oldMiddle.length, newFrom: 0, newTo: newMiddle.length }];

  const oldOffsets = offsetsOf(oldLines);
  const newOffsets = offsetsOf(newLines);
  return hunks.flatMap((hunk) => {
    const from = oldOffsets[start + hunk.oldFrom]!;
    const oldText = before.slice(from, oldOffsets[start + hunk.oldTo]);
    const newText = after.slice(newOffsets[start + hunk.newFrom], newOffsets[start + hunk.newTo]);
    const patch = charPatch(oldText, newText);
    return patch ? [{ from: from + patch.from, to: from + patch.to, insert: patch.insert }] : [];
  });
}

/** Lines with their line ends, so that joined they give the text back. */
const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

const offsetsOf = (lines: readonly string[]) => {
  const offsets = [0];
  for (const line of lines) offsets.push(offsets[offsets.length - 1]! + line.length);
  return offsets;
};

interface Hunk {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/** The runs of lines that differ, from the longest common subsequence of the two lists. */
function changedRuns(oldLines: readonly string[], newLines: readonly string[]): Hunk[] {
  const width = newLines.length + 1;
  // common[i * width + j]: how many lines oldLines[i..] and newLines[j..] have in common, in order.
  const common = new Uint32Array((oldLines.length + 1) * width);
  for (let i = oldLines.length - 1; i >= 0; i--) {
    for (let j = newLines.length - 1; j >= 0; j--) {
      common[i * width + j] = oldLines[i] === newLines[j] ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let open: Hunk | undefined;
  let i = 0;
  let j = 0;
  while (i < oldLines.length || j < newLines.length) {
    if (i < oldLines.length && j < newLines.length && oldLines[i] === newLines[j]) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) hunks.push((open = { oldFrom: i, oldTo: i, newFrom: j, newTo: j }));
    if (j >= newLines.length || (i < oldLines.length && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) open.oldTo = ++i;
    else open.newTo = ++j;
  }
  return hunks;
}

/** The single replacement between a common start and a common end, never splitting an emoji. */
function charPatch(before: string, after: string): TextPatch | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
