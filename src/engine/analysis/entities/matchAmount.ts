import { readNumber } from './readNumber.ts';
import { candidate, freeAfter, freeBefore, type Recognizer } from './scan.ts';

/** Amounts past this are no prices: a long run of digits read as money would only print badly. */
const LARGEST = 1e15;

/**
 * An amount of money, the currency before or after: '412 euro', '€ 412', '412,50 €', '12 EUR',
 * 'dodici euro', '$12', 'un milione di euro'. Digits must be all of a number, not the tail of a code ('PL-412 euro').
 */
export const matchAmount: Recognizer = (scan, at) => {
  const { items, tables } = scan;
  const before = tables.currencies.match(items, at);
  if (before) {
    const number = readNumber(scan, before.next);
    if (!number || number.value >= LARGEST || (number.digits && !freeAfter(items, number.next))) return null;
    return candidate(scan, 'amount', at, number.next, format(number.value, before.value));
  }
  const number = readNumber(scan, at);
  const after = number && tables.currencies.match(items, tables.amountJoiners.match(items, number.next)?.next ?? number.next);
  if (!after || number.value >= LARGEST || (number.digits && !freeBefore(items, at)) || !freeAfter(items, after.next)) return null;
  return candidate(scan, 'amount', at, after.next, format(number.value, after.value));
};

const format = (value: number, currency: string) => `${value.toFixed(2)} ${currency}`;
