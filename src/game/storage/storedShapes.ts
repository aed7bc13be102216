import { isLocale } from '../../engine/index.ts';
import type { ActiveSession, ClassAttempt, ClassMembership, ClassResult, OutboxItem, Profile, SessionRecord, Settings } from './records.ts';

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

/** The saved settings, or `firstVisit` (the browser's language) for what was never saved. */
export function readSettings(value: unknown, firstVisit: Settings = DEFAULT_SETTINGS): Settings {
  if (!isObject(value)) return firstVisit;
  return {
    locale: isString(value.locale) && isLocale(value.locale) ? value.locale : firstVisit.locale,
    muted: value.muted === true,
    volume: isNumber(value.volume) ? Math.min(1, Math.max(0, value.volume)) : firstVisit.volume,
  };
}

const isSource = (value: unknown) => isObject(value) && ((value.kind === 'bundled' && isString(value.id)) || (value.kind === 'local' && isString(value.file) && isString(value.text)));

const isLog = (value: unknown) =>
  isObject(value) &&
  isString(value.scenario) &&
  isString(value.version) &&
  isNumber(value.seed) &&
  Array.isArray(value.events) &&
  value.events.every((event) => isObject(event) && isNumber(event.at) && (isString(event.text) || event.close === true || event.typing === true));

const isReport = (value: unknown) =>
  isObject(value) &&
  isString(value.scenario) &&
  isNumber(value.total) &&
  isString(value.outcome) &&
  isObject(value.dimensions) &&
  isObject(value.phases) &&
  Array.isArray(value.findings) &&
  Array.isArray(value.transcript);

const isClassAttempt = (value: unknown): value is ClassAttempt & Record<string, unknown> => isObject(value) && isString(value.code) && isString(value.attemptId) && isString(value.token);

export function readActive(value: unknown): ActiveSession | null {
  if (!isObject(value) || !isSource(value.source) || !isLog(value.log) || !isNumber(value.wallStart)) return null;
  if (value.classAttempt !== undefined && !isClassAttempt(value.classAttempt)) return null;
  return value as unknown as ActiveSession;
}

export function readHistory(value: unknown): SessionRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (record): record is SessionRecord =>
      isObject(record) && isString(record.id) && isString(record.title) && isNumber(record.wallStart) && isSource(record.source) && isLog(record.log) && isReport(record.report),
  );
}

export function readMembership(value: unknown): ClassMembership | null {
  if (!isObject(value) || !isString(value.code) || !isString(value.traineeId) || !isString(value.nickname) || !isString(value.rejoinToken)) return null;
  return { code: value.code, traineeId: value.traineeId, nickname: value.nickname, rejoinToken: value.rejoinToken };
}

export function readOutbox(value: unknown): OutboxItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is OutboxItem => isClassAttempt(item) && isString(item.idempotencyKey) && isString(item.recordId) && isLog(item.log));
}

const isClassResult = (value: unknown): value is ClassResult =>
  isObject(value) &&
  ((value.kind === 'accepted' && isString(value.submissionId) && isNumber(value.total) && (value.rank === null || isNumber(value.rank))) ||
    (value.kind === 'refused' && isNumber(value.status) && isString(value.error) && isString(value.message)));

/** A map of string keys to values of one shape; entries of another shape are left out. */
function readMap<T>(value: unknown, isEntry: (entry: unknown) => entry is T): Record<string, T> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, T] => isEntry(entry[1])));
}

export const readOpenRecord = (value: unknown): string | null => (isString(value) ? value : null);
export const readClassResults = (value: unknown) => readMap(value, isClassResult);
export const readTrainerTokens = (value: unknown) => readMap(value, isString);
