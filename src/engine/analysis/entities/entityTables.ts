import type { DayPart, DurationUnit, EntityData, VagueWait } from '../../language/entityDataSchema.ts';
import { perLanguage } from '../../language/perLanguage.ts';
import { foldWord, lexItems } from './lexItems.ts';
import { numberWords, type NumberWords } from './numberWords.ts';
import { PhraseTable } from './phraseTable.ts';

type Words = PhraseTable<true>;

/** A locale's entity data made into lookups, once per locale at first use. */
export interface EntityTables {
  numbers: NumberWords;
  numberJoiners: Words;
  and: Words;
  half: Words;
  quarter: Words;
  minus: Words;
  few: Words;
  quantities: PhraseTable<number>;
  rangeWords: Words;
  timeMarkers: Words;
  looseTimeMarkers: Words;
  timeArticles: Words;
  namedTimes: PhraseTable<string>;
  meridiem: PhraseTable<'am' | 'pm'>;
  oClock: Words;
  hoursInWords: boolean;
  /** Each opening of a range of hours ('tra le'), with the words that may join its two ends. */
  windowRanges: PhraseTable<Words>;
  windowLeads: Words;
  dayParts: PhraseTable<DayPart>;
  dayPartLeads: Words;
  dayPartWords: PhraseTable<DayPart>;
  units: PhraseTable<DurationUnit>;
  workingDays: Words;
  deadlineMarkers: Words;
  waitMarkers: Words;
  durationArticles: Words;
  idioms: PhraseTable<number>;
  vague: PhraseTable<VagueWait>;
  dateArticles: Words;
  months: PhraseTable<number>;
  monthAbbreviations: PhraseTable<number>;
  weekdays: PhraseTable<number>;
  weekdayModifiers: Words;
  relativeDates: PhraseTable<string>;
  /** One-word days ('domani', 'lunedì'): a part of the day right after one is a window ('domani mattina'). */
  dayWords: Set<string>;
  /** One-word days behind today ('ieri'): a window right after one is gone ('ieri tra le 9 e le 13'). */
  pastDayWords: Set<string>;
  windowPastMarkers: Words;
  dayMonthJoiners: Words;
  yearJoiners: Words;
  monthLeads: Words;
  ordinals: PhraseTable<number>;
  ordinalMarks: Words;
  numericOrder: 'dmy' | 'mdy';
  monthBeforeDay: boolean;
  capitalMonths: boolean;
  currencies: PhraseTable<string>;
  amountJoiners: Words;
  referenceMarkers: Words;
  /** Words naming a reference, looked back to from a bare number ('pratica … 58213'). */
  referenceNouns: Set<string>;
  /** Words that may stand between such a noun and its number, markers included ('il numero della pratica è'). */
  referenceFillers: Set<string>;
  phones: EntityData['phones'];
  plateLetters: string;
  plateShapes: readonly string[];
}

const keysOf = (phrases: readonly string[]) => new Set(phrases.flatMap((phrase) => lexItems(phrase).map((item) => item.key)));
/** The words of marks such as 'n.' and 'numero', not their dots: a full stop ends a sentence. */
const wordsOf = (phrases: readonly string[]) =>
  phrases.flatMap((phrase) =>
    lexItems(phrase)
      .filter((item) => item.kind === 'word')
      .map((item) => item.key),
  );
const singleWords = (record: Readonly<Record<string, unknown>>) => Object.keys(record).filter((phrase) => !/[\s']/.test(phrase));

export const entityTables = perLanguage((data: EntityData): EntityTables => ({
  numbers: numberWords(data.numbers.parts, data.numbers.multipliers),
  numberJoiners: PhraseTable.of(data.numbers.joiners),
  and: PhraseTable.of(data.numbers.and),
  half: PhraseTable.of(data.numbers.half),
  quarter: PhraseTable.of(data.numbers.quarter),
  minus: PhraseTable.of(data.numbers.minus),
  few: PhraseTable.of(data.numbers.few),
  quantities: PhraseTable.from(data.numbers.quantities),
  rangeWords: PhraseTable.of(data.numbers.rangeWords),
  timeMarkers: PhraseTable.of(data.times.markers),
  looseTimeMarkers: PhraseTable.of(data.times.looseMarkers),
  timeArticles: PhraseTable.of(data.times.articles),
  namedTimes: PhraseTable.from(data.times.named),
  meridiem: PhraseTable.from(data.times.meridiem),
  oClock: PhraseTable.of(data.times.oClock),
  hoursInWords: data.times.hoursInWords,
  windowRanges: new PhraseTable(data.windows.ranges.flatMap(({ from, to }) => from.map((opening) => [opening, PhraseTable.of(to)] as const))),
  windowLeads: PhraseTable.of(data.windows.leads),
  dayParts: PhraseTable.from(data.windows.dayParts),
  dayPartLeads: PhraseTable.of(data.windows.dayPartLeads),
  dayPartWords: PhraseTable.from(data.windows.dayPartWords),
  units: PhraseTable.from(data.durations.units),
  workingDays: PhraseTable.of(data.durations.workingDays),
  deadlineMarkers: PhraseTable.of(data.durations.deadlineMarkers),
  waitMarkers: PhraseTable.of(data.durations.waitMarkers),
  durationArticles: PhraseTable.of(data.durations.articles),
  idioms: PhraseTable.from(data.durations.idioms),
  vague: PhraseTable.from(data.durations.vague),
  dateArticles: PhraseTable.of(data.dates.articles),
  months: PhraseTable.from(data.dates.months),
  monthAbbreviations: PhraseTable.from(data.dates.monthAbbreviations),
  weekdays: PhraseTable.from(data.dates.weekdays),
  weekdayModifiers: PhraseTable.of(data.dates.weekdayModifiers),
  relativeDates: PhraseTable.from(data.dates.relative),
  dayWords: new Set([...singleWords(data.dates.relative), ...Object.keys(data.dates.weekdays)].map(foldWord)),
  pastDayWords: new Set(
    singleWords(data.dates.relative)
      .filter((phrase) => data.dates.relative[phrase]!.startsWith('-'))
      .map(foldWord),
  ),
  windowPastMarkers: PhraseTable.of(data.windows.pastMarkers),
  dayMonthJoiners: PhraseTable.of(data.dates.dayMonthJoiners),
  yearJoiners: PhraseTable.of(data.dates.yearJoiners),
  monthLeads: PhraseTable.of(data.dates.monthLeads),
  ordinals: PhraseTable.from(data.dates.ordinals),
  ordinalMarks: PhraseTable.of(data.dates.ordinalMarks),
  numericOrder: data.dates.numericOrder,
  monthBeforeDay: data.dates.monthBeforeDay,
  capitalMonths: data.dates.capitalMonths,
  currencies: PhraseTable.from(data.amounts.currencies),
  amountJoiners: PhraseTable.of(data.amounts.joiners),
  referenceMarkers: PhraseTable.of(data.references.markers),
  referenceNouns: keysOf(data.references.nouns),
  referenceFillers: new Set([...keysOf(data.references.fillers), ...wordsOf(data.references.markers)]),
  phones: data.phones,
  plateLetters: data.plates.letters,
  plateShapes: data.plates.shapes,
}));
