import base from './base.json' with { type: 'json' };
import type { LanguageData } from './languageDataSchema.ts';

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `override` laid over `defaults`: objects merge key by key, anything else (lists included) replaces. */
function layer(defaults: Json, override: Json): Json {
  if (!isRecord(defaults) || !isRecord(override)) return override === undefined ? defaults : override;
  const merged: Record<string, Json> = { ...defaults };
  for (const [key, value] of Object.entries(override)) merged[key] = layer(defaults[key], value);
  return merged;
}

/**
 * A locale's language data: its folder's file laid over `base.json`, which holds what every
 * locale shares unless it says otherwise. Checked against the schema by the tests, not at run time.
 */
export const withBase = (overrides: object): LanguageData => layer(base, overrides) as LanguageData;
