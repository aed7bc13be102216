import { LOCALE_CODES, isLocale, type Locale } from '../../engine/index.ts';

/**
 * The UI locale for a first visit: the first of the browser's preferred languages the game speaks,
 * matched by primary subtag ('en-GB' is English), else the first registered locale (Italian).
 */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return LOCALE_CODES[0];
}
