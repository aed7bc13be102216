import { candidate, freeAfter, freeBefore, glued, isSymbol, type Recognizer } from './scan.ts';

/** Letter and digit groups in one plate: 'FG 482 LM' has three. */
const MOST_GROUPS = 4;
const LONGEST_GROUP = 4;

/**
 * A car plate in the locale's shapes, letters in capitals, its groups glued, spaced or dashed:
 * 'FG 482 LM', 'FG482LM', 'FG-482-LM'. 'RC auto' is none: no digits, and not in capitals.
 */
export const matchPlate: Recognizer = (scan, at) => {
  const { items, text, tables } = scan;
  if (items[at]?.kind !== 'word' || !freeBefore(items, at)) return null;
  let shape = '';
  let next = at;
  let found = -1;
  let kind = 'symbol';
  for (let groups = 0; groups < MOST_GROUPS; groups++) {
    const item = items[next];
    if (!item || item.kind === 'symbol' || item.kind === kind) break;
    kind = item.kind;
    const typed = text.slice(item.start, item.end);
    if (typed.length > LONGEST_GROUP || (item.kind === 'word' && ![...typed].every((letter) => tables.plateLetters.includes(letter)))) break;
    shape += item.kind === 'word' ? 'L'.repeat(typed.length) : '9'.repeat(typed.length);
    next++;
    if (tables.plateShapes.includes(shape) && freeAfter(items, next)) found = next;
    if (isSymbol(items[next], '-') && glued(items, next) && glued(items, next + 1)) next++;
  }
  return found < 0 ? null : candidate(scan, 'plate', at, found, text.slice(items[at]!.start, items[found - 1]!.end).replace(/[\s-]/g, ''));
};
