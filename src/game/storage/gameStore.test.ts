import { describe, expect, it } from 'vitest';
import { GameStore, type KeyValueStorage } from './gameStore.ts';
import type { SessionRecord } from './records.ts';

function memoryStorage(failWrites = false): KeyValueStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async getItem<T>(key: string) {
      return (data.get(key) as T | undefined) ?? null;
    },
    async setItem<T>(key: string, value: T) {
      if (failWrites) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      data.set(key, structuredClone(value));
      return value;
    },
    async removeItem(key: string) {
      data.delete(key);
    },
  };
}

const record = (id: string, scenario: string, total: number): SessionRecord =>
  ({
    id,
    source: { kind: 'bundled', id: scenario },
    title: scenario,
    wallStart: 1,
    log: { scenario, version: 'v', seed: 1, events: [] },
    report: { scenario, total, outcome: 'resolved', dimensions: {}, phases: {}, findings: [], transcript: [] },
  }) as unknown as SessionRecord;

describe('GameStore', () => {
  it('keeps profile, settings and history across loads, and derives best scores', async () => {
    const storage = memoryStorage();
    const store = new GameStore(storage);
    await store.saveProfile({ nickname: 'Giulia' });
    await store.saveSettings({ locale: 'en', muted: true, volume: 0.3 });
    await store.recordSession(record('a', 'rc', 60));
    await store.recordSession(record('b', 'rc', 85));
    await store.recordSession(record('c', 'angry', 40));

    const again = new GameStore(storage);
    await again.load();
    expect(again.profile).toEqual({ nickname: 'Giulia' });
    expect(again.settings).toEqual({ locale: 'en', muted: true, volume: 0.3 });
    expect(again.history.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(again.stats().get('rc')).toEqual({ best: 85, played: 2 });
  });

  it('ignores stored entries of the wrong shape instead of crashing', async () => {
    const storage = memoryStorage();
    storage.data.set('profile', { nickname: 42 });
    storage.data.set('settings', 'loud');
    storage.data.set('history', [{ id: 'x' }, record('ok', 'rc', 10)]);
    storage.data.set('active', { source: { kind: 'alien' } });
    const store = new GameStore(storage);
    await store.load();
    expect(store.profile).toBeNull();
    expect(store.settings.locale).toBe('it');
    expect(store.history.map((r) => r.id)).toEqual(['ok']);
    expect(store.active).toBeNull();
  });

  it('uses the first-visit settings until a choice is saved, and a saved choice wins over them', async () => {
    const storage = memoryStorage();
    const english = { locale: 'en', muted: false, volume: 0.7 } as const;
    const first = new GameStore(storage, english);
    await first.load();
    expect(first.settings.locale).toBe('en');
    await first.saveSettings({ ...english, locale: 'it' });
    const again = new GameStore(storage, english);
    await again.load();
    expect(again.settings.locale).toBe('it');
  });

  it('reports a failing write to its listeners and keeps going in memory', async () => {
    const store = new GameStore(memoryStorage(true));
    const errors: string[] = [];
    store.onError((reason) => errors.push(reason));
    expect(await store.saveProfile({ nickname: 'Giulia' })).toBe(false);
    expect(errors).toEqual(['QuotaExceededError: The quota has been exceeded.']);
    expect(store.profile).toEqual({ nickname: 'Giulia' });
  });

  it('keeps the class membership, a class chat in progress and the trainer tokens across loads', async () => {
    const storage = memoryStorage();
    const store = new GameStore(storage);
    const classAttempt = { code: 'ABC234', attemptId: 'att-1', token: 'rejoin' };
    await store.saveMembership({ code: 'ABC234', traineeId: 't1', nickname: 'Anna', rejoinToken: 'rejoin' });
    await store.saveActive({ source: { kind: 'bundled', id: 'rc' }, log: { scenario: 'rc', version: 'v', seed: 1, events: [] }, wallStart: 5, classAttempt });
    await store.saveTrainerToken('class-1', 'trainer-secret');

    const again = new GameStore(storage);
    await again.load();
    expect(again.membership).toEqual({ code: 'ABC234', traineeId: 't1', nickname: 'Anna', rejoinToken: 'rejoin' });
    expect(again.active?.classAttempt).toEqual(classAttempt);
    expect(again.trainerTokens).toEqual({ 'class-1': 'trainer-secret' });

    storage.data.set('active', { ...storage.data.get('active')!, classAttempt: { code: 7 } });
    storage.data.set('classOutbox', [{ idempotencyKey: 'k' }]);
    storage.data.set('trainerTokens', { good: 'token', bad: 42 });
    const tampered = new GameStore(storage);
    await tampered.load();
    expect(tampered.active).toBeNull();
    expect(tampered.outbox).toEqual([]);
    expect(tampered.trainerTokens).toEqual({ good: 'token' });
  });

  it('remembers which debrief is open across loads, and forgets it when another screen is shown', async () => {
    const storage = memoryStorage();
    const store = new GameStore(storage);
    await store.recordSession(record('a', 'rc', 60));
    await store.saveOpenRecord('a');
    const again = new GameStore(storage);
    await again.load();
    expect(again.openRecord).toBe('a');
    expect(again.history.map((r) => r.id)).toEqual(['a']);

    await again.saveOpenRecord(null);
    const later = new GameStore(storage);
    await later.load();
    expect(later.openRecord).toBeNull();
    storage.data.set('openRecord', { id: 'a' });
    await later.load();
    expect(later.openRecord).toBeNull();
  });
});
