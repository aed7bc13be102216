import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../storage/gameStore.ts';
import { DraftStore, newDraftId, type Draft } from './draftStore.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    getItem: async <T>(key: string) => (data.has(key) ? (structuredClone(data.get(key)) as T) : null),
    setItem: async <T>(key: string, value: T) => {
      data.set(key, structuredClone(value));
      return value;
    },
    removeItem: async (key: string) => void data.delete(key),
  };
}

const draft = (id: string, updatedAt: number, text = `id: ${id}\n`): Draft => ({ id, name: `Scenario ${id}`, file: `${id}.yaml`, text, updatedAt });

describe('drafts kept in the browser', () => {
  it('lists drafts newest first and reads each back with its text', async () => {
    const store = new DraftStore(memoryStorage());
    await store.save(draft('a', 100));
    await store.save(draft('b', 300));
    await store.save(draft('a', 500, 'id: a\ntitle: changed\n'));
    expect((await store.list()).map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(await store.load('a')).toEqual(draft('a', 500, 'id: a\ntitle: changed\n'));
    expect(await store.load('missing')).toBeNull();
  });

  it('reopens the draft last saved, and forgets a removed one', async () => {
    const store = new DraftStore(memoryStorage());
    await store.save(draft('a', 100));
    await store.save(draft('b', 200));
    expect((await store.last())?.id).toBe('b');
    await store.remove('b');
    expect(await store.last()).toBeNull();
    expect((await store.list()).map((entry) => entry.id)).toEqual(['a']);
  });

  it('keeps every draft when saves come in quick succession', async () => {
    const store = new DraftStore(memoryStorage());
    await Promise.all([store.save(draft('a', 1)), store.save(draft('b', 2)), store.save(draft('c', 3))]);
    expect((await store.list()).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
  });

  it('leaves out entries damaged in storage', async () => {
    const storage = memoryStorage();
    storage.data.set('drafts', [{ id: 'a', name: 'A', file: 'a.yaml', updatedAt: 1 }, { id: 3 }, 'junk']);
    storage.data.set('draft:a', 'id: a\n');
    const store = new DraftStore(storage);
    expect((await store.list()).map((entry) => entry.id)).toEqual(['a']);
    storage.data.set('drafts', 'not a list');
    expect(await store.list()).toEqual([]);
  });

  it('makes distinct ids', () => {
    expect(newDraftId(1000, () => 0.5)).not.toBe(newDraftId(1000, () => 0.25));
  });
});
