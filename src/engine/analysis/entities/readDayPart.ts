import type { DayPart } from '../../language/entityDataSchema.ts';
import type { Read, Scan } from './scan.ts';

/**
 * A part of the day at item `at`: one word ('stasera'), or a day part after a preposition ('in
 * mattinata'), right after a day ('domani mattina', only the day part) or, `afterPreposition`,
 * with an article or alone ('entro la mattinata').
 */
export function readDayPart(scan: Scan, at: number, { afterPreposition = false } = {}): Read<DayPart> | null {
  const { items, tables } = scan;
  const word = tables.dayPartWords.match(items, at);
  if (word) return word;
  const lead = tables.dayPartLeads.match(items, at) ?? (afterPreposition ? tables.dateArticles.match(items, at) : null);
  const part = tables.dayParts.match(items, lead?.next ?? at);
  if (!part || lead || afterPreposition) return part;
  const before = items[at - 1];
  return before && tables.dayWords.has(before.key) && items[at]!.spaced ? part : null;
}
