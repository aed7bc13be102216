import type { ActiveSession, Profile, SessionRecord, Settings } from './records.ts';

export const DEFAULT_SETTINGS: Settings = { locale: 'it', muted: false, volume: 0.7 };

/**
 * Light checks of what comes back from browser storage. The data was written by this game from
 * values its types describe (records.ts); these checks only keep stale or tampered entries out,
 * without shipping a schema validator to the browser.
 */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function readProfile(value: unknown): Profile | null {
  if (!isObject(value) || !isString(value.nickname)) return null;
  const length = [...value.nickname].length;
  return length >= 2 && length <= 24 ? { nickname: value.nickname } : null;
}

export function readSettings(value: unknown): Settings {
  if (!isObject(value)) return DEFAULT_SETTINGS;
  return {
    locale: value.locale === 'en' ? 'en' : 'it',
    muted: value.muted === true,
    volume: isNumber(value.volume) ? Math.min(1, Math.max(0, value.volume)) : DEFAULT_SETTINGS.volume,
  };
}

const isSource = (value: unknown) =>
  isObject(value) && ((value.kind === 'bundled' && isString(value.id)) || (value.kind === 'local' && isString(value.file) && isString(value.text)));

const isLog = (value: unknown) =>
  isObject(value) &&
  isString(value.scenario) &&
  isString(value.version) &&
  isNumber(value.seed) &&
  Array.isArray(value.events) &&
  value.events.every((event) => isObject(event) && isNumber(event.at) && (isString(event.text) || event.close === true));

const isReport = (value: unknown) =>
  isObject(value) &&
  isString(value.scenario) &&
  isNumber(value.total) &&
  isString(value.outcome) &&
  isObject(value.dimensions) &&
  isObject(value.phases) &&
  Array.isArray(value.findings) &&
  Array.isArray(value.transcript);

export function readActive(value: unknown): ActiveSession | null {
  return isObject(value) && isSource(value.source) && isLog(value.log) && isNumber(value.wallStart) ? (value as unknown as ActiveSession) : null;
}

export function readHistory(value: unknown): SessionRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (record): record is SessionRecord =>
      isObject(record) && isString(record.id) && isString(record.title) && isNumber(record.wallStart) && isSource(record.source) && isLog(record.log) && isReport(record.report),
  );
}
