import { formatClock, minutesOf, readClock, type Clock } from './readClock.ts';
import { readDayPart } from './readDayPart.ts';
import { candidate, freeAfter, freeBefore, glued, isSymbol, type Read, type Recognizer, type Scan } from './scan.ts';

/**
 * A range of hours ('tra le 9 e le 13', 'dalle 9 alle 13', '9-13', 'fascia 9:00-13:00', 'between 9
 * and 1'), or a part of the day ('in mattinata', 'nel pomeriggio', 'stasera', the 'mattina' of
 * 'domani mattina').
 */
export const matchTimeWindow: Recognizer = (scan, at) => {
  const lead = scan.tables.windowLeads.match(scan.items, at);
  const span = readHourRange(scan, lead?.next ?? at) ?? readDayPart(scan, at);
  return span && !inThePast(scan, at, span.next) ? candidate(scan, 'time-window', at, span.next, span.value) : null;
};

/** A window already gone ('ieri tra le 9 e le 13', 'la mattinata persa') is no slot the agent gives. */
function inThePast({ items, tables }: Scan, from: number, next: number): boolean {
  const before = items[from - 1];
  const dayBefore = items[from - 2];
  // 'ieri mattina' reads the day part alone, with the day just before it; 'ieri, tra le 9' too.
  const pastDay = (item: Scan['items'][number] | undefined) => item !== undefined && tables.pastDayWords.has(item.key);
  return pastDay(before) || (before !== undefined && isSymbol(before, ',') && pastDay(dayBefore)) || tables.windowPastMarkers.match(items, next) !== null;
}

function readHourRange(scan: Scan, at: number): Read<string> | null {
  const { items, tables } = scan;
  const opening = tables.windowRanges.match(items, at);
  if (opening) {
    // 'tra le 9 e 13': the 'e' joins the ends, so it gives the first no minutes.
    const from = readClock(scan, opening.next, { andMinutes: false });
    const join = from && opening.value.match(items, from.next);
    const to = join && readClock(scan, join.next);
    return from && to && freeAfter(items, to.next) ? range(from.value, to.value, to.next) : null;
  }
  if (!freeBefore(items, at)) return null;
  const from = readClock(scan, at);
  const dash = from?.next ?? -1;
  if (!from || !isSymbol(items[dash], '-–') || items[dash + 1]?.spaced !== items[dash]!.spaced) return null;
  const to = readClock(scan, dash + 1);
  if (!to || !freeAfter(items, to.next) || (glued(items, dash) && from.form !== to.form)) return null;
  return range(from.value, to.value, to.next);
}

/** The range's value; an end before the start is in the afternoon ('between 9 and 1' is 09:00-13:00). */
function range(from: Clock, to: Clock, next: number): Read<string> | null {
  const end = minutesOf(to) <= minutesOf(from) && to.hour + 12 <= 24 ? { hour: to.hour + 12, minute: to.minute } : to;
  return minutesOf(end) > minutesOf(from) && minutesOf(end) <= 24 * 60 ? { value: `${formatClock(from)}-${formatClock(end)}`, next } : null;
}
