import type { Locale } from '../analysis/replyAnalysis.ts';
import it from './it.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import type { LanguageData } from './languageDataSchema.ts';

export type { LanguageData } from './languageDataSchema.ts';

/**
 * The language data of a locale. The JSON files are checked against `languageDataSchema` by the
 * tests, not at run time, so the browser does not ship a validator for data that never changes.
 */
const DATA: Record<Locale, LanguageData> = { it: it as LanguageData, en: en as LanguageData };

export function getLanguageData(locale: Locale): LanguageData {
  return DATA[locale];
}
