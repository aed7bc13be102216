import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../engine/index.ts';
import { GameStore, type KeyValueStorage } from '../storage/gameStore.ts';
import { createClassroomApi } from './classroomApi.ts';
import { Outbox } from './outbox.ts';

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, unknown>();
  return {
    async getItem<T>(key: string) {
      return (data.get(key) as T | undefined) ?? null;
    },
    async setItem<T>(key: string, value: T) {
      data.set(key, structuredClone(value));
      return value;
    },
    async removeItem(key: string) {
      data.delete(key);
    },
  };
}

/**
 * A server behind a switchable network: offline requests fail like fetch does (TypeError); online,
 * it counts one submission per idempotency key, as the real server promises.
 */
function fakeServer() {
  const server = {
    online: false,
    requests: [] as { url: string; authorization: string | null; body: { idempotencyKey: string; attemptId: string } }[],
    accepted: new Map<string, number>(),
    refuse: undefined as { status: number; error: string; message: string } | undefined,
    fetch: async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      if (!server.online) throw new TypeError('Failed to fetch');
      const body = JSON.parse(String(init?.body));
      server.requests.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization'), body });
      if (server.refuse) return Response.json({ error: server.refuse.error, message: server.refuse.message }, { status: server.refuse.status });
      const key: string = body.idempotencyKey;
      if (!server.accepted.has(key)) server.accepted.set(key, server.accepted.size + 1);
      return Response.json({ submissionId: `s${server.accepted.get(key)}`, total: 71, outcome: 'resolved', rank: 2, report: {} });
    },
  };
  return server;
}

/** Retries that run only when the test says so. */
function manualTimers() {
  const pending: { ms: number; run: () => void }[] = [];
  return {
    pending,
    schedule: (ms: number, run: () => void) => {
      const entry = { ms, run };
      pending.push(entry);
      return () => pending.splice(pending.indexOf(entry), 1);
    },
    fire() {
      const next = pending.shift();
      next?.run();
    },
  };
}

const log: SessionLog = {
  scenario: 'rc-auto-renewal',
  version: 'v1',
  seed: 7,
  events: [
    { at: 1200, text: 'Buongiorno' },
    { at: 5000, close: true },
  ],
};
const attempt = { code: 'ABC234', attemptId: 'att-1', token: 'rejoin-secret' };

async function setup(storage: KeyValueStorage, server: ReturnType<typeof fakeServer>, timers: ReturnType<typeof manualTimers>) {
  const store = new GameStore(storage);
  await store.load();
  let keys = 0;
  const outbox = new Outbox({ store, api: createClassroomApi({ fetch: server.fetch }), schedule: timers.schedule, newKey: () => `key-0000-${++keys}` });
  return { store, outbox };
}

describe('Outbox', () => {
  it('queues a chat while offline, keeps it across a reload, and sends it once when back online', async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const timers = manualTimers();
    const { store, outbox } = await setup(storage, server, timers);

    await outbox.enqueue(attempt, 'rec-1', log);
    expect(store.outbox).toHaveLength(1);
    expect(outbox.stateOf('rec-1')).toEqual({ kind: 'pending' });
    expect(timers.pending.map((entry) => entry.ms)).toEqual([2000]);

    // Still offline at the first retry: the delay doubles.
    timers.fire();
    await outbox.flush();
    expect(timers.pending.map((entry) => entry.ms)).toEqual([4000]);

    // A reload: a new store and outbox over the same storage find the item and send it.
    const reloaded = await setup(storage, server, manualTimers());
    expect(reloaded.store.outbox.map((item) => item.idempotencyKey)).toEqual(['key-0000-1']);
    server.online = true;
    await reloaded.outbox.flush();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ url: '/api/classes/ABC234/submissions', authorization: 'Bearer rejoin-secret', body: { idempotencyKey: 'key-0000-1', attemptId: 'att-1' } });
    expect(reloaded.store.outbox).toEqual([]);
    expect(reloaded.outbox.stateOf('rec-1')).toEqual({ kind: 'accepted', submissionId: 's1', total: 71, rank: 2 });

    const again = new GameStore(storage);
    await again.load();
    expect(again.outbox).toEqual([]);
    expect(again.classResults['rec-1']).toMatchObject({ kind: 'accepted', total: 71 });
  });

  it('reuses the same idempotency key on every retry, and concurrent flushes send an item once', async () => {
    const server = fakeServer();
    const timers = manualTimers();
    const answer = server.fetch;
    let calls = 0;
    // The first answer is lost on the way back: the server counted it, the browser saw a failure.
    server.fetch = async (input, init) => {
      const response = await answer(input, init);
      if (++calls === 1) throw new TypeError('network changed');
      return response;
    };
    server.online = true;
    const { store, outbox } = await setup(memoryStorage(), server, timers);
    await outbox.enqueue(attempt, 'rec-2', log);
    expect(store.outbox).toHaveLength(1);

    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(server.requests.map((request) => request.body.idempotencyKey)).toEqual(['key-0000-1', 'key-0000-1']);
    expect(server.accepted.size).toBe(1);
    expect(store.outbox).toEqual([]);
    await outbox.flush();
    expect(server.requests).toHaveLength(2);
    expect(outbox.stateOf('rec-2')).toMatchObject({ kind: 'accepted', submissionId: 's1' });
  });

  it('drops a definitively refused item and keeps the refusal; retries a transient one', async () => {
    const server = fakeServer();
    const timers = manualTimers();
    const { store, outbox } = await setup(memoryStorage(), server, timers);
    server.online = true;

    server.refuse = { status: 429, error: 'rate-limited', message: 'Troppe richieste' };
    await outbox.enqueue(attempt, 'rec-3', log);
    expect(store.outbox).toHaveLength(1);
    expect(timers.pending).toHaveLength(1);

    server.refuse = { status: 409, error: 'attempt-too-fast', message: 'La chat è durata meno del previsto.' };
    timers.fire();
    await outbox.flush();
    expect(store.outbox).toEqual([]);
    expect(timers.pending).toEqual([]);
    expect(outbox.stateOf('rec-3')).toEqual({ kind: 'refused', status: 409, error: 'attempt-too-fast', message: 'La chat è durata meno del previsto.' });
    expect(server.requests.map((request) => request.body.idempotencyKey)).toEqual(['key-0000-1', 'key-0000-1']);
  });

  it('retries a server fault and a network error, but not a chat the server cannot score', async () => {
    const server = fakeServer();
    const timers = manualTimers();
    const { store, outbox } = await setup(memoryStorage(), server, timers);
    server.online = true;

    server.refuse = { status: 500, error: 'internal', message: 'Something went wrong on the server.' };
    await outbox.enqueue(attempt, 'rec-4', log);
    expect(timers.pending).toHaveLength(1);
    server.online = false;
    timers.fire();
    await outbox.flush();
    expect(store.outbox).toHaveLength(1);
    expect(timers.pending).toHaveLength(1);

    server.online = true;
    server.refuse = { status: 422, error: 'unscorable', message: 'Scoring this chat took longer than the server allows (2 s).' };
    timers.fire();
    await outbox.flush();
    expect(store.outbox).toEqual([]);
    expect(timers.pending).toEqual([]);
    expect(outbox.stateOf('rec-4')).toEqual({ kind: 'refused', status: 422, error: 'unscorable', message: 'Scoring this chat took longer than the server allows (2 s).' });
    expect(server.requests).toHaveLength(2);
  });
});
