import { formatClock, readClock, type ClockRead } from './readClock.ts';
import { candidate, freeAfter, freeBefore, type Recognizer, type Scan } from './scan.ts';

/**
 * A clock time as typed with its marker: 'alle 9', 'ore 9', 'le 14.30', '9:00', 'nove e mezza',
 * 'mezzogiorno', 'at 9pm'. An hour alone needs 'alle' or 'ore' ('le 3 fatture' is no time); with
 * an article before it ('le', after a preposition such as 'entro'), `afterPreposition` lets it be.
 * After a loose marker ('around', 'about one of them') it needs its minutes or am/pm.
 */
export function readTime(scan: Scan, at: number, { afterPreposition = false } = {}): ClockRead | null {
  const { items, tables } = scan;
  const marker = tables.timeMarkers.match(items, at);
  const loose = marker ? null : tables.looseTimeMarkers.match(items, at);
  const article = marker || loose ? null : tables.timeArticles.match(items, at);
  const from = (marker ?? loose ?? article)?.next ?? at;
  const clock = readClock(scan, from);
  if (!clock || !freeBefore(items, from) || !freeAfter(items, clock.next)) return null;
  const enough = marker || (article && afterPreposition) ? 'bare' : loose || article ? 'dotted' : 'explicit';
  return FORMS.indexOf(clock.form) <= FORMS.indexOf(enough) ? clock : null;
}

/** From the plainest form of a time to the one that needs the most context. */
const FORMS = ['explicit', 'dotted', 'bare'] as const;

export const matchTime: Recognizer = (scan, at) => {
  const time = readTime(scan, at);
  return time && candidate(scan, 'time', at, time.next, formatClock(time.value));
};
