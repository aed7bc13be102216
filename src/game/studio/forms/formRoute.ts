import type { DocumentPath } from '../studioPart.ts';

/** The sections of the scenario, each with its form, in the order the sidebar lists them. */
export const SECTIONS = ['metadata', 'customer', 'console', 'lists', 'intents', 'facts', 'defaults', 'anytime', 'states', 'policy', 'scoring', 'tests'] as const;
export type Section = (typeof SECTIONS)[number];

/** The named collections whose every entry has a form of its own. */
export const COLLECTIONS = ['states', 'intents', 'facts', 'tests'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A form of the studio: a whole section, or one state, intent, fact or test of it. */
export type FormRoute = { section: Section; entry?: string | number };

/** The scenario's top-level keys that the metadata form holds. */
const METADATA_KEYS = new Set(['id', 'locale', 'title', 'channel', 'difficulty', 'brief', 'register', 'company', 'agent', 'complaint', 'jargon', 'start']);

const isSection = (key: unknown): key is Section => (SECTIONS as readonly unknown[]).includes(key);
const isCollection = (key: unknown): key is Collection => (COLLECTIONS as readonly unknown[]).includes(key);

/** The form holding the value at `path`: a problem's place or a part's navigation becomes a form to open. */
export function formForPath(path: DocumentPath): FormRoute {
  const [top, entry] = path;
  if (top === undefined || METADATA_KEYS.has(String(top)) || !isSection(top)) return { section: 'metadata' };
  if (isCollection(top) && entry !== undefined) return { section: top, entry: top === 'tests' ? Number(entry) : String(entry) };
  return { section: top };
}

/** One string per form, for keys and comparisons. */
export const formKey = (route: FormRoute) => (route.entry === undefined ? route.section : `${route.section}/${route.entry}`);
