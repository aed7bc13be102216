import { readDate } from './readDate.ts';
import { candidate, type Recognizer } from './scan.ts';

/** A date as typed ('il 31 marzo', 'domani', '31/03/2027'), or a month after a word that makes it one ('a marzo', 'in March'). */
export const matchDate: Recognizer = (scan, at) => {
  const date = readDate(scan, at);
  if (date) return candidate(scan, 'date', at, date.next, date.value);
  const lead = scan.tables.monthLeads.match(scan.items, at);
  const month = lead && readDate(scan, lead.next, { afterPreposition: true });
  return month ? candidate(scan, 'date', lead.next, month.next, month.value) : null;
};
