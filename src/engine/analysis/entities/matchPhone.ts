import type { EntityData } from '../../language/entityDataSchema.ts';
import { candidate, freeAfter, freeBefore, glued, isSymbol, type Recognizer } from './scan.ts';

type Phones = EntityData['phones'];

/** An international number's digits after the '+', by the ITU's limit and the shortest in use. */
const INTERNATIONAL = { minDigits: 8, maxDigits: 15 };
/** Groups of digits in one number: '+39 347 555 01 92' has five. */
const MOST_GROUPS = 6;

/** How long a national number starting with these digits may be, or null when none starts so. */
export function nationalPlan(digits: string, phones: Phones): { minDigits: number; maxDigits: number } | null {
  return phones.national.find((plan) => digits.startsWith(plan.start)) ?? null;
}

/** Whether these digits, typed as one run, are a phone number of the locale ('3475550192'): then they are no reference. */
export function isPhoneNumber(digits: string, phones: Phones): boolean {
  const plan = nationalPlan(digits, phones);
  return plan !== null && digits.length >= plan.minDigits && digits.length <= plan.maxDigits;
}

/**
 * A phone number, in groups of digits apart by spaces, dots, dashes or slashes: '347 555 0192',
 * '+39 02 1234567', '0039 02 1234567', '800 123 456'. National numbers must fit the locale's plan
 * (how they start, how long they are), so '2027' or '412' are none.
 */
export const matchPhone: Recognizer = (scan, at) => {
  const { items, tables } = scan;
  const plus = isSymbol(items[at], '+') && glued(items, at + 1);
  const first = plus ? at + 1 : at;
  // Digits right after other digits are the middle of something else: '31 03 2027'.
  if (items[first]?.kind !== 'number' || !freeBefore(items, at) || items[at - 1]?.kind === 'number') return null;
  const phones = tables.phones;
  const start = items[first]!.key;
  const abroad = plus || (phones.internationalPrefix !== '' && start.startsWith(phones.internationalPrefix));
  const skip = plus ? 0 : abroad ? phones.internationalPrefix.length : 0;
  const plan = abroad ? INTERNATIONAL : nationalPlan(start, phones);
  if (!plan) return null;
  let digits = start.slice(skip);
  let next = first + 1;
  for (let groups = 1; groups < MOST_GROUPS && digits.length <= plan.maxDigits; groups++) {
    const joined = isSymbol(items[next], '.-/') && glued(items, next) && glued(items, next + 1) ? next + 1 : next;
    const group = items[joined];
    if (group?.kind !== 'number' || digits.length + group.key.length > plan.maxDigits) break;
    digits += group.key;
    next = joined + 1;
  }
  if (digits.length < plan.minDigits || digits.length > plan.maxDigits || !freeAfter(items, next)) return null;
  if (tables.currencies.starts(items[next]) || tables.units.starts(items[next])) return null;
  const national = phones.trunkPrefix && digits.startsWith(phones.trunkPrefix) ? digits.slice(phones.trunkPrefix.length) : digits;
  return candidate(scan, 'phone', at, next, abroad ? `+${digits}` : `+${phones.countryCode}${national}`);
};
