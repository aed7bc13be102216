import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPLY_LENGTH, type SessionLog } from '../engine/index.ts';
import type { Database } from './db/database.ts';
import { MAX_EVENTS, MAX_LOG_CHARACTERS } from './scoring/logLimits.ts';
import { backdateAttempt, BURN_SEED, HOARD_SEED, scenarioTestLog } from './testing/sessions.ts';
import { pgliteSource, type TestDatabaseSource } from './testing/testDatabase.ts';
import { createTestServer } from './testing/testServer.ts';

const POISONED_WORKER = new URL('./testing/poisonedScoringWorker.ts', import.meta.url);
const TIME_LIMIT_MS = 3000;

/**
 * The real server and its real scoring pool, on one worker thread as on a two-core machine, with
 * a worker that spins or hoards memory on a marker seed: the poisoned chat is refused for good,
 * the server keeps answering, and the chats queued behind it on the same worker are scored.
 */
describe('a poisoned submission', () => {
  let source: TestDatabaseSource;
  let database: Database;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    source = await pgliteSource();
    database = await source.open();
    app = await createTestServer(database, {
      scoring: { threads: 1, workerUrl: POISONED_WORKER, timeLimitMs: TIME_LIMIT_MS, memoryLimit: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await source?.dispose();
  });

  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const healthy = async () => (await fetch(`${base}/healthz`)).status === 200;

  /** A class with `count` trainees, each with a started attempt dated back far enough for its log. */
  const classWith = async (count: number) => {
    const created = await post('/api/classes', { name: 'Veleno', scenarios: ['rc-auto-renewal'] });
    return Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const joined = await post(`/api/classes/${created.body.code}/join`, { nickname: `Allievo ${index + 1}` });
        const token: string = joined.body.rejoinToken;
        const attempt = await post(`/api/classes/${created.body.code}/attempts`, { scenario: 'rc-auto-renewal' }, token);
        await backdateAttempt(database, attempt.body.attemptId, 3_600_000);
        return (log: SessionLog) => post(`/api/classes/${created.body.code}/submissions`, { idempotencyKey: crypto.randomUUID(), attemptId: attempt.body.attemptId, log }, token);
      }),
    );
  };

  for (const [what, seed, limit] of [
    ['spins', BURN_SEED, `took longer than the server allows (${TIME_LIMIT_MS / 1000} s)`],
    ['hoards memory', HOARD_SEED, 'needed more memory than the server allows (64 MB)'],
  ] as const) {
    it(`that ${what} gets a permanent 422 while the server answers and the chats behind it are scored`, async () => {
      const [poisoner, ...others] = await classWith(4);
      const log = scenarioTestLog('rc-auto-renewal', 0);
      let settled = false;
      const poisoned = poisoner!({ ...log, seed }).finally(() => (settled = true));
      // The honest ones are queued on the same, only worker, behind the poisoned job.
      const honest = Promise.all(others.map((submit) => submit(log)));
      let checks = 0;
      while (!settled) {
        expect(await healthy()).toBe(true);
        checks++;
      }
      expect(checks).toBeGreaterThan(0);

      expect(await poisoned).toEqual({ status: 422, body: { error: 'unscorable', message: `Scoring this chat ${limit}.` } });
      const scored = await honest;
      expect(scored.map((response) => response.status)).toEqual([201, 201, 201]);
      expect(new Set(scored.map((response) => response.body.total)).size).toBe(1);
    });
  }

  it('is refused before any replay when the log alone shows it cannot be real', async () => {
    const [tooMany, tooLong, tooFast] = await classWith(3);
    // Replayed on this worker, a log with BURN_SEED would come back unscorable.
    const log = { ...scenarioTestLog('rc-auto-renewal', 0), seed: BURN_SEED };
    const events = Array.from({ length: MAX_EVENTS + 1 }, (_, index) => ({ at: 1000 * (index + 1), text: 'Buongiorno' }));
    const longest = Math.floor(MAX_LOG_CHARACTERS / MAX_REPLY_LENGTH) + 1;
    const chatty = Array.from({ length: longest }, (_, index) => ({ at: 10_000 * (index + 1), text: 'a'.repeat(MAX_REPLY_LENGTH) }));
    const [many, long, fast] = await Promise.all([
      tooMany!({ ...log, events }),
      tooLong!({ ...log, events: chatty }),
      tooFast!({
        ...log,
        events: [
          { at: 5000, text: 'Buongiorno' },
          { at: 5100, text: 'come posso aiutarla?' },
        ],
      }),
    ]);
    expect(many).toEqual({ status: 422, body: { error: 'log-too-large', message: `This chat has ${MAX_EVENTS + 1} events; the server scores at most ${MAX_EVENTS}.` } });
    expect(long).toEqual({
      status: 422,
      body: { error: 'log-too-large', message: `The replies of this chat have ${longest * MAX_REPLY_LENGTH} characters in all; the server scores at most ${MAX_LOG_CHARACTERS}.` },
    });
    expect(fast).toEqual({ status: 422, body: { error: 'implausible-timing', message: 'reply 2 came 100 ms after the one before it' } });
  });
});
