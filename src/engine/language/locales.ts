import { english } from './en/index.ts';
import { italian } from './it/index.ts';
import type { LanguageData } from './languageDataSchema.ts';

/**
 * The locales, one folder each under language/: the one list the scenario and report schemas,
 * the analysers, the rule texts, the CLI and the game's language choice are derived from.
 */
export const LOCALES = [italian, english] as const;

export type Locale = (typeof LOCALES)[number]['code'];
export const LOCALE_CODES = LOCALES.map((locale) => locale.code) as unknown as readonly [Locale, ...Locale[]];

const byCode = new Map<string, (typeof LOCALES)[number]>(LOCALES.map((locale) => [locale.code, locale]));

export const isLocale = (code: string): code is Locale => byCode.has(code);
export const getLocale = (code: Locale) => byCode.get(code)!;
export const getLanguageData = (code: Locale): LanguageData => getLocale(code).data;
