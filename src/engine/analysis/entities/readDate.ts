import { freeAfter, freeBefore, glued, isSymbol, type Read, type Scan } from './scan.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** 'YYYY-MM-DD', or '--MM-DD' without a year (ISO 8601's form), or null for a day the month does not have. */
function calendarDay(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  if (year !== null && month === 2 && day === 29 && !isLeap(year)) return null;
  return `${year === null ? '-' : year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date at item `at`, with the article typed before it: 'il 31 marzo', '31 marzo 2027', 'il
 * 31/03', '2027-03-31', 'domani', 'la prossima settimana', 'lunedì', 'lunedì 31 marzo', 'March 31st'.
 * `afterPreposition` ('entro marzo') lets a month stand alone.
 */
export function readDate(scan: Scan, at: number, { afterPreposition = false } = {}): Read<string> | null {
  const article = scan.tables.dateArticles.match(scan.items, at);
  return (article && readDateAt(scan, article.next, true, afterPreposition)) || readDateAt(scan, at, afterPreposition, afterPreposition);
}

function readDateAt(scan: Scan, at: number, determined: boolean, monthAlone: boolean): Read<string> | null {
  const { items, tables } = scan;
  const relative = tables.relativeDates.match(items, at);
  if (relative) return relative;
  const before = tables.weekdayModifiers.match(items, at);
  const weekday = tables.weekdays.match(items, before?.next ?? at);
  if (weekday) {
    const next = tables.weekdayModifiers.match(items, weekday.next)?.next ?? weekday.next;
    // 'lunedì 31 marzo', 'Monday, March 31': the calendar date says it all.
    const dated = readCalendarDate(scan, isSymbol(items[next], ',') ? next + 1 : next, true, false);
    return dated ?? { value: `weekday:${weekday.value}`, next };
  }
  return readCalendarDate(scan, at, determined, monthAlone);
}

function readCalendarDate(scan: Scan, at: number, determined: boolean, monthAlone: boolean): Read<string> | null {
  const { items, tables } = scan;
  const numeric = readNumericDate(scan, at, determined);
  if (numeric) return numeric;
  const day = readDay(scan, at);
  if (day) {
    const month = readMonth(scan, tables.dayMonthJoiners.match(items, day.next)?.next ?? day.next, true);
    if (!month) return null;
    const year = readYear(scan, month.next);
    const value = calendarDay(year?.value ?? null, month.value, day.value);
    return toRead(value, year?.next ?? month.next);
  }
  const month = readMonth(scan, at, tables.monthBeforeDay);
  if (!month || (tables.capitalMonths && !capitalised(scan, at))) return null;
  const dayAfter = tables.monthBeforeDay ? readDay(scan, month.next) : null;
  const year = readYear(scan, dayAfter?.next ?? month.next);
  if (dayAfter) {
    const value = calendarDay(year?.value ?? null, month.value, dayAfter.value);
    return toRead(value, year?.next ?? dayAfter.next);
  }
  if (year) return { value: `${year.value}-${pad(month.value)}`, next: year.next };
  return monthAlone && month.full ? { value: `--${pad(month.value)}`, next: month.next } : null;
}

/** Typed with a capital: 'May 2' is a date, 'may 2' a verb and a number. */
function capitalised({ text, items }: Scan, at: number): boolean {
  const first = text.charAt(items[at]!.start);
  return first !== first.toLowerCase();
}

/** A day of the month: '31', '1°', '31st', 'primo'. */
function readDay({ items, tables }: Scan, at: number): Read<number> | null {
  const ordinal = tables.ordinals.match(items, at);
  if (ordinal) return ordinal;
  const item = items[at];
  if (item?.kind !== 'number' || item.key.length > 2 || !freeBefore(items, at)) return null;
  const day = Number(item.key);
  const mark = glued(items, at + 1) ? tables.ordinalMarks.match(items, at + 1) : null;
  return day >= 1 && day <= 31 ? { value: day, next: mark?.next ?? at + 1 } : null;
}

/** A month by name, or by its short name ('mar', 'Sept.') where a day goes with it. */
function readMonth({ items, tables }: Scan, at: number, shortToo: boolean): (Read<number> & { full: boolean }) | null {
  const full = tables.months.match(items, at);
  if (full) return { ...full, full: true };
  const short = shortToo ? tables.monthAbbreviations.match(items, at) : null;
  if (!short) return null;
  const dot = isSymbol(items[short.next], '.') && glued(items, short.next);
  return { value: short.value, next: dot ? short.next + 1 : short.next, full: false };
}

/** A year after a date, maybe joined ('marzo del 2027', 'March 31, 2027'). */
function readYear({ items, tables }: Scan, at: number): Read<number> | null {
  const from = tables.yearJoiners.match(items, at)?.next ?? at;
  const item = items[from];
  if (item?.kind !== 'number' || item.key.length !== 4 || !freeAfter(items, from + 1)) return null;
  const year = Number(item.key);
  return year >= 1900 && year <= 2099 ? { value: year, next: from + 1 } : null;
}

/**
 * A date in digits: '31/03/2027', '31-03-27', '31.03.2027', '2027-03-31', and '31/03' when the
 * month has two digits or an article came first ('il 5/6'), since '24/7' and '1/2' are no dates.
 */
function readNumericDate(scan: Scan, at: number, determined: boolean): Read<string> | null {
  const { items, tables } = scan;
  if (items[at]?.kind !== 'number' || !isSymbol(items[at + 1], '/-.') || !glued(items, at + 1)) return null;
  const parts: string[] = [];
  let separator = '';
  let next = at;
  while (parts.length < 3 && items[next]?.kind === 'number' && (parts.length === 0 || glued(items, next))) {
    parts.push(items[next]!.key);
    next++;
    const sep = items[next];
    if (parts.length === 3 || !isSymbol(sep, '/-.') || !glued(items, next) || (separator && sep.key !== separator)) break;
    separator = sep.key;
    next++;
  }
  if (parts.length < 2 || items[next - 1]?.kind !== 'number' || !freeBefore(items, at) || !freeAfter(items, next)) return null;
  const [a, b, c] = parts as [string, string, string | undefined];
  if (a.length === 4) return c !== undefined && c.length <= 2 && b.length <= 2 ? toRead(calendarDay(Number(a), Number(b), Number(c)), next) : null;
  if (a.length > 2 || b.length > 2) return null;
  if (c === undefined && (separator !== '/' || (b.length < 2 && !determined))) return null;
  if (c !== undefined && c.length !== 2 && c.length !== 4) return null;
  const year = c === undefined ? null : c.length === 2 ? 2000 + Number(c) : Number(c);
  if (year !== null && (year < 1900 || year > 2099)) return null;
  const [first, second] = [Number(a), Number(b)];
  const monthFirst = tables.numericOrder === 'mdy' && !(first > 12 && second <= 12);
  return toRead(monthFirst ? calendarDay(year, first, second) : calendarDay(year, second, first), next);
}

const toRead = (value: string | null, next: number): Read<string> | null => (value === null ? null : { value, next });
