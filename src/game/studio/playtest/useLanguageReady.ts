import { useEffect, useState } from 'preact/hooks';
import { prepareLocale, type Locale } from '../../../engine/index.ts';

/** True once the scenario language's pack is loaded: the engine reads no reply without it. */
export function useLanguageReady(locale: Locale | undefined): boolean | 'failed' {
  const [ready, setReady] = useState<Locale | 'failed' | undefined>(undefined);
  useEffect(() => {
    if (locale === undefined) return undefined;
    let live = true;
    prepareLocale(locale).then(
      () => live && setReady(locale),
      () => live && setReady('failed'),
    );
    return () => {
      live = false;
    };
  }, [locale]);
  return ready === 'failed' ? 'failed' : locale !== undefined && ready === locale;
}
