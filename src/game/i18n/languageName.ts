import type { Locale } from '../../engine/index.ts';

/**
 * A language's name in the UI's language ('inglese' in Italian, 'Italian' in English), from the
 * browser's own list of language names: a locale added to the engine's registry needs no string.
 */
export const languageName = (code: Locale, uiLocale: Locale): string => new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
