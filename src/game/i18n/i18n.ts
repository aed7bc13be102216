import { DIMENSIONS, LOCALES, dimensionLabel, type Dimension, type Locale } from '../../engine/index.ts';
import type it from './it.json';

/**
 * Every string the game shows lives in one file per locale, `<code>.json` beside this one, for
 * each locale the engine registers; Italian first, English second. Dimension names come from the
 * engine's rule texts, so that a new dimension needs no UI string.
 */
export type UiLocale = Locale;
export type MessageKey = keyof typeof it | `debrief.dimension.${Dimension}`;

const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });

function table(locale: Locale): Record<MessageKey, string> {
  const strings = files[`./${locale}.json`];
  if (!strings) throw new Error(`no UI strings for locale ${locale}: add src/game/i18n/${locale}.json`);
  const dimensions = Object.fromEntries(DIMENSIONS.map((dimension) => [`debrief.dimension.${dimension}`, dimensionLabel(locale, dimension)]));
  return { ...strings, ...dimensions } as Record<MessageKey, string>;
}

const tables = new Map<Locale, Record<MessageKey, string>>(LOCALES.map(({ code }) => [code, table(code)]));

/** The locale after this one in the language switch (wrapping round). */
export const nextLocale = (locale: Locale): Locale => LOCALES[(LOCALES.findIndex(({ code }) => code === locale) + 1) % LOCALES.length]!.code;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: UiLocale): Translate {
  const strings = tables.get(locale)!;
  return (key, values = {}) => strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
