import { readDate } from './readDate.ts';
import { readLength } from './readLength.ts';
import { formatClock } from './readClock.ts';
import { readTime } from './matchTime.ts';
import { readDayPart } from './readDayPart.ts';
import type { Candidate, Read, Recognizer, Scan } from './scan.ts';

/**
 * A duration with what comes before it: a limit ('entro 20 minuti', 'nelle prossime 24 ore',
 * 'within 5 business days'), a wait ('tra un paio di minuti', 'in 24 ore'), a length alone
 * ('3 giorni', '48h'), a wait without a number ('un attimo', 'in giornata'), or a limit set by a
 * moment ('entro domani', 'entro il 31 marzo', 'entro le 18', 'entro stasera').
 */
export const matchDuration: Recognizer = (scan, at) => {
  const { items, tables } = scan;
  const deadlineMarker = tables.deadlineMarkers.match(items, at);
  const vague = tables.vague.match(items, at);
  if (vague) return duration(scan, at, vague.value, vague.next, deadlineMarker !== null);
  const marker = deadlineMarker ?? tables.waitMarkers.match(items, at);
  const from = marker?.next ?? at;
  const length = readLength(scan, from) ?? (marker ? afterArticle(scan, from) : null);
  if (length) return duration(scan, at, length.value, length.next, deadlineMarker !== null);
  const moreVague = marker && tables.vague.match(items, from);
  if (moreVague) return duration(scan, at, moreVague.value, moreVague.next, deadlineMarker !== null);
  const moment = deadlineMarker && readMoment(scan, from);
  return moment ? duration(scan, at, moment.value, moment.next, true) : null;
};

function duration({ items }: Scan, first: number, value: number | string, next: number, deadline: boolean): Candidate {
  // 'in giornata' is a limit however it is said: the end of the day.
  return { type: 'duration', start: items[first]!.start, end: items[next - 1]!.end, value, deadline: deadline || value === 'same-day' };
}

/** 'entro i 14 giorni', 'within the next 24 hours': an article between the marker and the length. */
function afterArticle(scan: Scan, at: number): Read<number | string> | null {
  const article = scan.tables.durationArticles.match(scan.items, at);
  return article && readLength(scan, article.next);
}

/** The moment a limit is set by: a date, a clock time or a part of the day, as their values. */
function readMoment(scan: Scan, at: number): Read<string> | null {
  const date = readDate(scan, at, { afterPreposition: true });
  if (date) return date;
  const time = readTime(scan, at, { afterPreposition: true });
  if (time) return { value: formatClock(time.value), next: time.next };
  return readDayPart(scan, at, { afterPreposition: true });
}
