import en from './en.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };

/** Every string the game shows lives in the locale files; Italian first, English second. */
export type UiLocale = 'it' | 'en';
export type MessageKey = keyof typeof it;
const tables: Record<UiLocale, Record<MessageKey, string>> = { it, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: UiLocale): Translate {
  const table = tables[locale];
  return (key, values = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
