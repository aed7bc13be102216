import { getLocale, type Locale } from './locales.ts';
import type { Morphology } from '../morphology/morphology.ts';

const prepared = new Map<Locale, Morphology>();
const preparing = new Map<Locale, Promise<void>>();

/**
 * Loads a locale's language pack, once: await it before analysing, replaying or scoring replies
 * in that locale (the browser, the CLI and the server must all read a reply the same way, so the
 * engine never goes on without it). Resolves at once for a locale without a pack and when it is
 * already loaded; a failed load may be tried again.
 */
export function prepareLocale(code: Locale): Promise<void> {
  const pack = getLocale(code).morphology;
  if (!pack || prepared.has(code)) return Promise.resolve();
  let loading = preparing.get(code);
  if (!loading) {
    loading = pack.load().then(
      (morphology) => {
        prepared.set(code, morphology);
      },
      (error: unknown) => {
        preparing.delete(code);
        throw error;
      },
    );
    preparing.set(code, loading);
  }
  return loading;
}

/** Prepares every locale's pack: for a process that scores chats in any language (the CLI, the server). */
export const prepareLocales = (codes: readonly Locale[]): Promise<void> => Promise.all(codes.map(prepareLocale)).then(() => undefined);

/**
 * The locale's language pack once prepared, or undefined for a locale that has none. Throws when
 * it has one that is not loaded yet, naming the fix, rather than reading the reply without it.
 */
export function morphologyOf(code: Locale): Morphology | undefined {
  const locale = getLocale(code);
  if (!locale.morphology) return undefined;
  const morphology = prepared.get(code);
  if (!morphology) throw new Error(`The ${locale.name} language pack is not loaded: await prepareLocale('${code}') (from src/engine/index.ts) before analysing ${code} replies.`);
  return morphology;
}
