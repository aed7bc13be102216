import { readNumber } from './readNumber.ts';
import { glued, isSymbol, type Read, type Scan } from './scan.ts';

export interface Clock {
  hour: number;
  minute: number;
}

export interface ClockRead extends Read<Clock> {
  /**
   * How plainly it is a time of day: 'explicit' with a colon, am/pm, 'e mezza', "o'clock" or a
   * name ('9:00', 'nove e mezza', 'mezzogiorno'); 'dotted' with minutes after a dot ('14.30',
   * a time only after 'le' or 'alle'); 'bare' for an hour alone ('9', a time only after 'alle').
   */
  form: 'explicit' | 'dotted' | 'bare';
}

export const formatClock = ({ hour, minute }: Clock) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
export const minutesOf = ({ hour, minute }: Clock) => hour * 60 + minute;

/**
 * A time of day at item `at`: an hour in digits or words, its minutes ('9:00', '14.30', 'e mezza',
 * 'e un quarto', 'meno un quarto', 'e 30' unless `andMinutes` is false), and am/pm ('9pm', 'alle 9
 * di sera'). Not when a unit, a currency or a month follows: 'le 24 ore' is a length, not
 * midnight, and 'dall'8 marzo' a date.
 */
export function readClock(scan: Scan, at: number, { andMinutes = true } = {}): ClockRead | null {
  const { items, tables } = scan;
  const named = tables.namedTimes.match(items, at);
  let hour: number;
  let minute = 0;
  let next: number;
  let form: ClockRead['form'] = 'bare';
  let hasMinutes = false;
  let spelled = false;
  if (named) {
    [hour, minute] = named.value.split(':').map(Number) as [number, number];
    next = named.next;
    form = 'explicit';
  } else {
    const item = items[at];
    if (item?.kind === 'number') {
      if (item.key.length > 2) return null;
      hour = Number(item.key);
      next = at + 1;
      const minutes = items[next + 1];
      if (isSymbol(items[next], ':.') && glued(items, next) && minutes?.kind === 'number' && minutes.key.length === 2 && glued(items, next + 1)) {
        minute = Number(minutes.key);
        form = items[next]!.key === ':' ? 'explicit' : 'dotted';
        hasMinutes = true;
        next += 2;
      }
    } else {
      const word = readNumber(scan, at);
      if (!word || word.digits || !Number.isInteger(word.value)) return null;
      hour = word.value;
      spelled = true;
      next = word.next;
    }
  }
  if (!hasMinutes) {
    const more = readMinutes(scan, next, andMinutes);
    if (more) {
      if (more.value < 0) hour = hour - 1;
      minute = (more.value + 60) % 60;
      next = more.next;
      if (more.explicit) form = 'explicit';
    }
  }
  const oClock = tables.oClock.match(items, next);
  if (oClock) {
    next = oClock.next;
    form = 'explicit';
  }
  const meridiem = tables.meridiem.match(items, next);
  if (meridiem && hour >= 1 && hour <= 12) {
    hour = meridiem.value === 'pm' ? (hour % 12) + 12 : hour % 12;
    next = meridiem.next;
    form = 'explicit';
  }
  if (hour < 0 || hour > 24 || minute > 59 || (hour === 24 && minute > 0) || (spelled && form === 'bare' && !tables.hoursInWords)) return null;
  const after = items[next];
  if (tables.units.starts(after) || tables.currencies.starts(after) || tables.months.starts(after) || tables.monthAbbreviations.starts(after) || isSymbol(after, '%')) return null;
  return { value: { hour, minute }, next, form };
}

/** Minutes said after the hour: 'e mezza' (30), 'e un quarto' (15), 'meno un quarto' (-15), 'e 30'. */
function readMinutes({ items, tables }: Scan, at: number, andMinutes: boolean): { value: number; next: number; explicit: boolean } | null {
  const and = tables.and.match(items, at);
  const minus = and ? null : tables.minus.match(items, at);
  const after = (and ?? minus)?.next;
  if (after === undefined) return null;
  const sign = and ? 1 : -1;
  const half = tables.half.match(items, after);
  if (half) return { value: sign * 30, next: half.next, explicit: true };
  const quarter = tables.quarter.match(items, after);
  if (quarter) return { value: sign * 15, next: quarter.next, explicit: true };
  const minutes = items[after];
  if (and && andMinutes && minutes?.kind === 'number' && minutes.key.length === 2 && Number(minutes.key) < 60) return { value: Number(minutes.key), next: after + 1, explicit: false };
  return null;
}
