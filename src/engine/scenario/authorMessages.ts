import en from './messages/en.json' with { type: 'json' };
import it from './messages/it.json' with { type: 'json' };

/** The languages a scenario's author reads its problems in (the CLI's --lang, the studio's locale). */
export const AUTHOR_LANGUAGES = ['en', 'it'] as const;
export type AuthorLanguage = (typeof AUTHOR_LANGUAGES)[number];

export type AuthorMessageKey = keyof typeof en;

const tables: Record<AuthorLanguage, Record<AuthorMessageKey, string>> = { en, it };

export const isAuthorLanguage = (value: unknown): value is AuthorLanguage => typeof value === 'string' && (AUTHOR_LANGUAGES as readonly string[]).includes(value);

/** A message to the scenario's author in their language, `{name}` filled from `values`. */
export function authorMessage(language: AuthorLanguage, key: AuthorMessageKey, values: Record<string, string | number> = {}): string {
  return tables[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
