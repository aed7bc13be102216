import type { EntityTables } from './entityTables.ts';
import { matchAmount } from './matchAmount.ts';
import { matchDate } from './matchDate.ts';
import { matchDuration } from './matchDuration.ts';
import { matchPhone } from './matchPhone.ts';
import { matchPlate } from './matchPlate.ts';
import { matchReference } from './matchReference.ts';
import { matchTime } from './matchTime.ts';
import { matchTimeWindow } from './matchTimeWindow.ts';
import type { PhraseTable } from './phraseTable.ts';
import type { Recognizer } from './scan.ts';

/** A recogniser, and the pieces it can start at: most pieces of a reply start none, and are passed over. */
export interface EntityReader {
  recognize: Recognizer;
  /** The words and symbols that open it: the first pieces of its tables' phrases, or '+'. */
  opens: (tables: EntityTables) => Iterable<string>;
  /** It can also start at a number, at a number word, or at letters a code goes on from ('TK-', 'FG 482'). */
  numbers: boolean;
  numberWords: boolean;
  codeLetters: boolean;
}

const firstKeys = (...tables: PhraseTable<unknown>[]) => tables.flatMap((table) => [...table.firstKeys()]);

export const ENTITY_READERS: readonly EntityReader[] = [
  {
    recognize: matchDate,
    opens: (t) => firstKeys(t.dateArticles, t.relativeDates, t.weekdayModifiers, t.weekdays, t.ordinals, t.months, t.monthAbbreviations, t.monthLeads),
    numbers: true,
    numberWords: false,
    codeLetters: false,
  },
  { recognize: matchPhone, opens: () => ['+'], numbers: true, numberWords: false, codeLetters: false },
  { recognize: matchPlate, opens: () => [], numbers: false, numberWords: false, codeLetters: true },
  { recognize: matchAmount, opens: (t) => firstKeys(t.currencies), numbers: true, numberWords: true, codeLetters: false },
  {
    recognize: matchTimeWindow,
    opens: (t) => firstKeys(t.windowLeads, t.windowRanges, t.namedTimes, t.dayPartWords, t.dayPartLeads, t.dayParts),
    numbers: true,
    numberWords: true,
    codeLetters: false,
  },
  { recognize: matchTime, opens: (t) => firstKeys(t.timeMarkers, t.looseTimeMarkers, t.timeArticles, t.namedTimes), numbers: true, numberWords: true, codeLetters: false },
  { recognize: matchDuration, opens: (t) => firstKeys(t.deadlineMarkers, t.waitMarkers, t.vague, t.idioms, t.quantities, t.few), numbers: true, numberWords: true, codeLetters: false },
  { recognize: matchReference, opens: (t) => firstKeys(t.referenceMarkers), numbers: true, numberWords: false, codeLetters: true },
];
