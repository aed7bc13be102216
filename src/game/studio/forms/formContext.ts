import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DocumentPath, StudioLocale } from '../studioPart.ts';
import type { StudioLanguage } from '../texts/studioTexts.ts';

/** What every form field reaches: the scenario's plain value, the edit that rewrites the text, the trainer's language. */
export interface FormContext {
  raw: Record<string, unknown>;
  /** Applies a structured edit (documentEdits.ts) to the current text. */
  edit(change: (text: string) => string): void;
  texts: StudioLanguage;
  locale: StudioLocale;
  /** Opens the text tab, for what the forms do not edit. */
  openText(): void;
  /** Opens another form, e.g. a state from a transition's target. */
  navigate(path: DocumentPath): void;
}

export const formContext = createContext<FormContext | null>(null);

export function useForm(): FormContext {
  const context = useContext(formContext);
  if (!context) throw new Error('useForm outside the studio forms');
  return context;
}

/** The plain value at `path` in the scenario, or undefined. */
export function valueAt(raw: unknown, path: DocumentPath): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A DOM id and a `data-path` value for a document path, so a problem's place can be focused. */
export const pathId = (path: DocumentPath) =>
  `field-${path
    .map(String)
    .join('.')
    .replace(/[^\w.-]/g, '_')}`;
export const pathAttribute = (path: DocumentPath) => JSON.stringify(path);
