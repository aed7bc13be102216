import type { ActiveSession, ClassMembership, ClassResult, OutboxItem, Profile, SessionRecord, Settings } from './records.ts';
import { DEFAULT_SETTINGS, readActive, readClassResults, readHistory, readMembership, readOpenRecord, readOutbox, readProfile, readSettings, readTrainerTokens } from './storedShapes.ts';

/** The part of localforage the store uses; tests pass an in-memory one. */
export interface KeyValueStorage {
  getItem<T>(key: string): Promise<T | null>;
  setItem<T>(key: string, value: T): Promise<T>;
  removeItem(key: string): Promise<void>;
}

const KEYS = {
  profile: 'profile',
  settings: 'settings',
  history: 'history',
  active: 'active',
  membership: 'classMembership',
  outbox: 'classOutbox',
  classResults: 'classResults',
  trainerTokens: 'trainerTokens',
  openRecord: 'openRecord',
} as const;
/** The oldest sessions go first once the history is this long, so storage cannot fill up. */
export const MAX_HISTORY = 200;

export interface ScenarioStats {
  best: number;
  played: number;
}

/**
 * Profile, settings, history and the chat in progress, kept offline. Reads are checked against
 * their schemas; a failing write (quota, private mode) is reported to the listeners, never
 * swallowed, and the game goes on with what it has in memory.
 */
export class GameStore {
  profile: Profile | null = null;
  settings: Settings = DEFAULT_SETTINGS;
  history: SessionRecord[] = [];
  active: ActiveSession | null = null;
  membership: ClassMembership | null = null;
  /** Finished class chats not yet answered by the server. */
  outbox: OutboxItem[] = [];
  /** The server's answer per history record id. */
  classResults: Record<string, ClassResult> = {};
  /** Trainer tokens of the classes created or opened in this browser, by class id. */
  trainerTokens: Record<string, string> = {};
  /** The history record whose debrief is on screen, so that a reload shows it again. */
  openRecord: string | null = null;
  private readonly errorListeners = new Set<(reason: string) => void>();

  /** `firstVisit`: the settings of a browser that never saved any (main.tsx takes its language from the browser's). */
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly firstVisit: Settings = DEFAULT_SETTINGS,
  ) {
    this.settings = firstVisit;
  }

  onError(listener: (reason: string) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  async load(): Promise<void> {
    this.profile = readProfile(await this.read(KEYS.profile));
    this.settings = readSettings(await this.read(KEYS.settings), this.firstVisit);
    this.history = readHistory(await this.read(KEYS.history));
    this.active = readActive(await this.read(KEYS.active));
    this.membership = readMembership(await this.read(KEYS.membership));
    this.outbox = readOutbox(await this.read(KEYS.outbox));
    this.classResults = readClassResults(await this.read(KEYS.classResults));
    this.trainerTokens = readTrainerTokens(await this.read(KEYS.trainerTokens));
    this.openRecord = readOpenRecord(await this.read(KEYS.openRecord));
  }

  saveProfile(profile: Profile): Promise<boolean> {
    this.profile = profile;
    return this.write(KEYS.profile, profile);
  }

  saveSettings(settings: Settings): Promise<boolean> {
    this.settings = settings;
    return this.write(KEYS.settings, settings);
  }

  saveActive(active: ActiveSession | null): Promise<boolean> {
    this.active = active;
    return active === null ? this.remove(KEYS.active) : this.write(KEYS.active, active);
  }

  saveMembership(membership: ClassMembership | null): Promise<boolean> {
    this.membership = membership;
    return membership === null ? this.remove(KEYS.membership) : this.write(KEYS.membership, membership);
  }

  saveOutbox(outbox: OutboxItem[]): Promise<boolean> {
    this.outbox = outbox;
    return this.write(KEYS.outbox, outbox);
  }

  saveClassResult(recordId: string, result: ClassResult): Promise<boolean> {
    // Results of sessions that have left the history go with them, so this stays as short.
    const kept = new Set(this.history.map((record) => record.id));
    const results = Object.entries(this.classResults).filter(([id]) => kept.has(id));
    this.classResults = { ...Object.fromEntries(results), [recordId]: result };
    return this.write(KEYS.classResults, this.classResults);
  }

  saveTrainerToken(classId: string, token: string): Promise<boolean> {
    this.trainerTokens = { ...this.trainerTokens, [classId]: token };
    return this.write(KEYS.trainerTokens, this.trainerTokens);
  }

  saveOpenRecord(id: string | null): Promise<boolean> {
    this.openRecord = id;
    return id === null ? this.remove(KEYS.openRecord) : this.write(KEYS.openRecord, id);
  }

  /** Stores a finished session first in the history, then forgets it as the chat in progress. */
  async recordSession(record: SessionRecord): Promise<boolean> {
    this.history = [record, ...this.history.filter((existing) => existing.id !== record.id)].slice(0, MAX_HISTORY);
    const saved = await this.write(KEYS.history, this.history);
    if (saved) await this.saveActive(null);
    return saved;
  }

  /** Best score and times played per scenario id, derived from the history. */
  stats(): Map<string, ScenarioStats> {
    const stats = new Map<string, ScenarioStats>();
    for (const record of this.history) {
      const current = stats.get(record.report.scenario) ?? { best: 0, played: 0 };
      stats.set(record.report.scenario, { best: Math.max(current.best, record.report.total), played: current.played + 1 });
    }
    return stats;
  }

  private async read(key: string): Promise<unknown> {
    try {
      return await this.storage.getItem(key);
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  private async write(key: string, value: unknown): Promise<boolean> {
    try {
      await this.storage.setItem(key, value);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  private async remove(key: string): Promise<boolean> {
    try {
      await this.storage.removeItem(key);
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    }
  }

  private fail(error: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    for (const listener of this.errorListeners) listener(reason);
  }
}
