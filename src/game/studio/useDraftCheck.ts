import { useEffect, useState } from 'preact/hooks';
import { checkDraft, type DraftCheck } from './checkDraft.ts';
import type { StudioLocale } from './studioPart.ts';

/** Validation waits this long after the last change, so typing stays fluid on a slow machine. */
export const CHECK_DELAY_MS = 300;

/** The engine's verdict on the text, debounced; `checking` while it is behind the text. */
export function useDraftCheck(text: string | undefined, file: string, language: StudioLocale): { check: DraftCheck | undefined; checking: boolean } {
  const [result, setResult] = useState<{ text: string; file: string; language: StudioLocale; check: DraftCheck } | undefined>(undefined);
  useEffect(() => {
    if (text === undefined) return undefined;
    const timer = setTimeout(() => setResult({ text, file, language, check: checkDraft(text, file, language) }), result ? CHECK_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [text, file, language]);
  return { check: result?.check, checking: text !== undefined && (result?.text !== text || result.file !== file || result.language !== language) };
}
