import type { DurationUnit } from '../../language/entityDataSchema.ts';
import { readNumber } from './readNumber.ts';
import { freeAfter, freeBefore, glued, isSymbol, type Read, type Scan } from './scan.ts';

const UNIT_MINUTES: Record<DurationUnit, number> = { second: 1 / 60, minute: 1, hour: 60, day: 24 * 60, week: 7 * 24 * 60, month: 30 * 24 * 60 };

/** How much before a unit: a number, the upper end of a range ('2-3', '2 o 3'), 'un paio di', or 'few' ('qualche', 'pochi'). */
function readQuantity(scan: Scan, at: number): Read<number | 'few'> | null {
  const { items, tables } = scan;
  const said = tables.quantities.match(items, at);
  if (said) return said;
  const few = tables.few.match(items, at);
  if (few) return { value: 'few', next: few.next };
  const number = readNumber(scan, at);
  if (!number || number.value <= 0 || (number.digits && !freeBefore(items, at))) return null;
  const dash = isSymbol(items[number.next], '-–') && glued(items, number.next) && glued(items, number.next + 1);
  const joiner = dash ? number.next + 1 : tables.rangeWords.match(items, number.next)?.next;
  const upper = joiner === undefined ? null : readNumber(scan, joiner);
  return upper && upper.value > number.value ? upper : number;
}

/**
 * A length of time at item `at`: 'mezz'ora', '20 minuti', '48h', '5 giorni lavorativi', '5 business
 * days', 'un'ora e mezza', '2 ore e 30 minuti', 'qualche giorno', in minutes ('few-days' when
 * vague). `nested` reads the second part of '2 ore e 30 minuti', which has no further part.
 */
export function readLength(scan: Scan, at: number, nested = false): Read<number | string> | null {
  const { items, tables } = scan;
  const idiom = tables.idioms.match(items, at);
  if (idiom) return freeAfter(items, idiom.next) ? idiom : null;
  const quantity = readQuantity(scan, at);
  if (!quantity) return null;
  const working = tables.workingDays.match(items, quantity.next);
  const unit = tables.units.match(items, working?.next ?? quantity.next);
  if (!unit) return null;
  const next = tables.workingDays.match(items, unit.next)?.next ?? unit.next;
  if (quantity.value === 'few') return freeAfter(items, next) ? { value: `few-${unit.value}s`, next } : null;
  const minutes = quantity.value * UNIT_MINUTES[unit.value];
  const more = nested ? null : readMore(scan, next, UNIT_MINUTES[unit.value]);
  if (more) return { value: minutes + more.value, next: more.next };
  return freeAfter(items, next) ? { value: minutes, next } : null;
}

/** What a length adds after 'e' / 'and': 'e mezza', 'e un quarto' of its unit, or a smaller length ('e 30 minuti'). */
function readMore(scan: Scan, at: number, unitMinutes: number): Read<number> | null {
  const { items, tables } = scan;
  const and = tables.and.match(items, at);
  if (!and) return null;
  const half = tables.half.match(items, and.next);
  if (half) return { value: unitMinutes / 2, next: half.next };
  const quarter = tables.quarter.match(items, and.next);
  if (quarter) return { value: unitMinutes / 4, next: quarter.next };
  const smaller = readLength(scan, and.next, true);
  return smaller && typeof smaller.value === 'number' && smaller.value < unitMinutes ? { value: smaller.value, next: smaller.next } : null;
}
