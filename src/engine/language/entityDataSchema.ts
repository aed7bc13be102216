import { z } from 'zod';

const words = z.array(z.string());
const valued = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

/** The units a duration is counted in; the words for them are each locale's. */
export const DURATION_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
/** Waits said without a number: 'un attimo' (moment), 'a breve' (soon), 'in giornata' (same-day). */
export const VAGUE_WAITS = ['moment', 'soon', 'same-day'] as const;

const clock = z.string().regex(/^(?:[01]\d|2[0-4]):[0-5]\d$/);
/** A date relative to the day of the chat: '+1d' (tomorrow), '-1d', '+1w', '+1m', '+1y', or 'month-end'. */
export const RELATIVE_DATE = /^(?:[+-]\d[dwmy]|month-end)$/;

/**
 * The words a locale states concrete things with (times, dates, durations, amounts, codes), read by
 * analysis/entities/. Every phrase is matched word by word as the entity reader splits text: an
 * apostrophe stays with the word before it ("all'", "d'"), and case and accents do not count.
 */
export const entityDataSchema = z.object({
  numbers: z.object({
    /** Number words, and the pieces longer ones are glued from ('venti' + 'quattro', 'vent' + 'uno'). */
    parts: valued(z.number().int().min(0).max(99)),
    /** Words that multiply what comes before them: 'cento', 'mila', 'hundred'. */
    multipliers: valued(z.number().int().min(100)),
    /** Words allowed inside one number after a multiplier: 'one hundred and five'. */
    joiners: words,
    /** 'e mezza', 'and a half' after an hour or a unit; 'meno un quarto' before the minutes. */
    and: words,
    half: words,
    quarter: words,
    minus: words,
    /** Vague small quantities before a unit: 'qualche minuto', 'a few days'. */
    few: words,
    /** Phrases that stand for a number before a unit: 'un paio di' → 2. */
    quantities: valued(z.number().positive()),
    /** Words between the two numbers of a range of quantities: '2 o 3 giorni'. */
    rangeWords: words,
  }),
  times: z.object({
    /** Words before an hour that make it a clock time: 'alle', 'ore', 'at'. */
    markers: words,
    /** Words before a clock time that may also come before a plain number ('about one of them'): the time needs minutes or am/pm. */
    looseMarkers: words,
    /** Articles before an hour ('le 14.30'): a clock time when minutes follow or a preposition came first ('entro le 18'). */
    articles: words,
    /** Times with a name: 'mezzogiorno' → 12:00. */
    named: valued(clock),
    /** What puts an hour before or after noon: 'pm', 'di sera' (pm), 'del mattino' (am). */
    meridiem: valued(z.enum(['am', 'pm'])),
    /** 'in punto', "o'clock". */
    oClock: words,
    /** Whether an hour alone in words is a time after a marker: 'alle nove' is; English writes 'at 9', and 'at one point' is none. */
    hoursInWords: z.boolean(),
  }),
  windows: z.object({
    /** The words around the two ends of a range of hours: 'tra le' 9 'e le' 13, 'dalle' 9 'alle' 13. */
    ranges: z.array(z.object({ from: words.min(1), to: words.min(1) })),
    /** Words naming a range of hours that belong to it: 'fascia' 9-13. */
    leads: words,
    /** Parts of the day, a window when a day or a preposition comes before: 'domani mattina', 'nel pomeriggio'. */
    dayParts: valued(z.enum(DAY_PARTS)),
    dayPartLeads: words,
    /** One word for a part of a day: 'stasera', 'tonight'. */
    dayPartWords: valued(z.enum(DAY_PARTS)),
    /** Words right after a window that put it in the past ('la mattinata persa'): no slot to keep. */
    pastMarkers: words,
  }),
  durations: z.object({
    units: valued(z.enum(DURATION_UNITS)),
    /** 'giorni lavorativi', 'business days': counted as days. */
    workingDays: words,
    /** Before a duration or a moment, a limit: 'entro', 'within', 'nelle prossime'. */
    deadlineMarkers: words,
    /** Before a duration, a wait: 'tra', 'in', 'after'. */
    waitMarkers: words,
    /** Articles after a marker: 'entro i 14 giorni'. */
    articles: words,
    /** Durations in a set phrase, in minutes: "mezz'ora" → 30. */
    idioms: valued(z.number().positive()),
    vague: valued(z.enum(VAGUE_WAITS)),
  }),
  dates: z.object({
    /** Articles that belong to a date as typed: 'il 31 marzo', 'la prossima settimana'. */
    articles: words,
    months: valued(z.number().int().min(1).max(12)),
    /** Short month names, a date only next to a day number: '31 mar'. */
    monthAbbreviations: valued(z.number().int().min(1).max(12)),
    /** ISO weekday numbers: Monday 1 … Sunday 7. */
    weekdays: valued(z.number().int().min(1).max(7)),
    /** Words around a weekday that keep it the same day: 'lunedì prossimo', 'next Monday'. */
    weekdayModifiers: words,
    relative: valued(z.string().regex(RELATIVE_DATE)),
    /** Words between a day and its month ('31st of March') or a month and its year ('marzo del 2027'). */
    dayMonthJoiners: words,
    yearJoiners: words,
    /** Words after which a month alone is a date: 'a marzo', 'in March'. */
    monthLeads: words,
    /** Ordinal words for a day ('primo') and marks after its digits ('1°', '31st'). */
    ordinals: valued(z.number().int().min(1).max(31)),
    ordinalMarks: words,
    /** How a date in digits is ordered: 31/03 (dmy) or 03/31 (mdy). */
    numericOrder: z.enum(['dmy', 'mdy']),
    /** Whether the month may come before the day: 'March 31'. */
    monthBeforeDay: z.boolean(),
    /** Whether months are written with a capital, so that a month before its day or alone must have one ('may 2' is a verb and a number). */
    capitalMonths: z.boolean(),
  }),
  amounts: z.object({
    /** Currency words, codes and symbols, with their ISO code: 'euro', '€', 'EUR' → EUR. */
    currencies: valued(z.string().regex(/^[A-Z]{3}$/)),
    /** Words between a number and its currency: 'un milione di euro'. */
    joiners: words,
  }),
  references: z.object({
    /** Marks that make the number after them a reference: 'n.', '#', 'numero'. */
    markers: words,
    /** Nouns that name a reference, making a bare number after them one: 'pratica 58213', 'order 58213'. */
    nouns: words,
    /** Words allowed between such a noun and its number: 'il codice è 58213'. */
    fillers: words,
  }),
  phones: z.object({
    /** The country's calling code, and how a call abroad starts without '+'. */
    countryCode: z.string().regex(/^\d{1,3}$/),
    internationalPrefix: z.string().regex(/^\d*$/),
    /** The digit dropped after the country code ('020…' → '+44 20…'); '' where none is. */
    trunkPrefix: z.string().regex(/^\d?$/),
    /** National numbers by how they start, with their lengths in digits: mobiles '3', 9 to 10 digits. */
    national: z.array(z.object({ start: z.string().regex(/^\d+$/), minDigits: z.number().int().min(4), maxDigits: z.number().int().max(13) })).min(1),
  }),
  plates: z.object({
    /** The letters plates use, and their shapes: L a letter, 9 a digit ('LL999LL' for FG 482 LM). */
    letters: z.string().regex(/^[A-Z]+$/),
    shapes: z.array(z.string().regex(/^[L9]+$/)),
  }),
});

export type EntityData = z.infer<typeof entityDataSchema>;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export type DayPart = (typeof DAY_PARTS)[number];
export type VagueWait = (typeof VAGUE_WAITS)[number];
