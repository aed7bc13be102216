import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { compileScenario, loadScenario, replaySessionLog, scoreSession, type SessionLog } from '../engine/index.ts';
import type { Database } from './db/database.ts';
import { apiClient } from './testing/apiClient.ts';
import { backdateAttempt, scenarioTestLog } from './testing/sessions.ts';
import { pgliteSource, type TestDatabaseSource } from './testing/testDatabase.ts';
import { createTestServer } from './testing/testServer.ts';
import { readFileSync } from 'node:fs';

let source: TestDatabaseSource;
let database: Database;
let app: FastifyInstance;
let api: ReturnType<typeof apiClient>;
let classroom: { classId: string; code: string; trainerToken: string };
let trainee: { traineeId: string; rejoinToken: string };

beforeAll(async () => {
  source = await pgliteSource();
  database = await source.open();
  app = await createTestServer(database, { allowedOrigins: ['https://lms.example.org'] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  api = apiClient(app);
  classroom = (await api('POST', '/api/classes', { body: { name: 'Sicurezza', scenarios: ['rc-auto-renewal'] } })).body;
  trainee = (await api('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Tester' } })).body;
});
afterAll(async () => {
  await app?.close();
  await database?.close();
  await source?.dispose();
});

const startAttempt = async (token = trainee.rejoinToken) => (await api('POST', `/api/classes/${classroom.code}/attempts`, { token, body: { scenario: 'rc-auto-renewal' } })).body.attemptId as string;
const submit = (attemptId: string, log: SessionLog, extra: object = {}) =>
  api('POST', `/api/classes/${classroom.code}/submissions`, { token: trainee.rejoinToken, body: { idempotencyKey: crypto.randomUUID(), attemptId, log, ...extra } });

describe('scores come from the server', () => {
  it('refuses a score in the body and stores its own', async () => {
    const log = scenarioTestLog('rc-auto-renewal', 1);
    const attemptId = await startAttempt();
    await backdateAttempt(database, attemptId, 300_000);
    expect((await submit(attemptId, log, { total: 100 })).status).toBe(400);
    expect((await submit(attemptId, { ...log, report: { total: 100 } } as SessionLog)).status).toBe(400);

    const accepted = await submit(attemptId, log);
    const loaded = loadScenario(readFileSync(new URL('../../scenarios/rc-auto-renewal.yaml', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('scenario');
    const expected = scoreSession(replaySessionLog(compileScenario(loaded.scenario), log)).total;
    expect(accepted.body.total).toBe(expected);
    expect(expected).toBeLessThan(100);
    const stored = await database.query<{ total: number }>('select total from submissions where id = $1', [accepted.body.submissionId]);
    expect(stored[0]!.total).toBe(expected);
  });
});

describe('implausible timings are refused with 422', () => {
  const expectImplausible = async (attemptId: string, log: SessionLog) => {
    const response = await submit(attemptId, log);
    expect(response.status, response.text).toBe(422);
    expect(response.body).toMatchObject({ error: 'implausible-timing', message: expect.any(String) });
  };
  const base = () => scenarioTestLog('rc-auto-renewal', 0);

  it('events out of order', async () => {
    const attemptId = await startAttempt();
    await backdateAttempt(database, attemptId, 300_000);
    const log = base();
    await expectImplausible(attemptId, { ...log, events: [log.events[1]!, log.events[0]!, ...log.events.slice(2)] });
  });

  it('a reply faster than anyone could read', async () => {
    const attemptId = await startAttempt();
    await backdateAttempt(database, attemptId, 300_000);
    await expectImplausible(attemptId, { ...base(), events: [{ at: 100, text: 'Buongiorno, sono Giulia di Assicurazioni Aurora.' }] });
    // The customer's 89-character message appears at 7015 ms: 500 ms later is too soon to have read it.
    const log = base();
    await expectImplausible(attemptId, { ...log, events: [log.events[0]!, { at: 7515, text: 'La ringrazio, verifico subito.' }] });
  });

  it('a chat longer than its attempt has existed, and unknown or foreign attempts', async () => {
    await expectImplausible(await startAttempt(), base());
    await expectImplausible('no-such-attempt', base());
    const other = (await api('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Altro' } })).body;
    const foreign = await startAttempt(other.rejoinToken);
    await backdateAttempt(database, foreign, 300_000);
    await expectImplausible(foreign, base());
  });
});

describe('hostile input', () => {
  it('answers an oversized body with 413 JSON', async () => {
    const response = await api('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'x'.repeat(300 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ error: 'payload-too-large' });
  });

  it('keeps an HTML nickname as text, escaped in JSON, and normalises a bidi-laden one', async () => {
    const html = '<img src=x onerror=f()>';
    const joined = await api('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: html } });
    expect(joined.status).toBe(201);
    expect(joined.body.nickname).toBe(html);
    expect(joined.text).not.toContain('<img');
    expect(String(joined.headers['content-type'])).toContain('application/json');
    const board = await api('GET', `/api/trainer/classes/${classroom.classId}`, { token: classroom.trainerToken });
    expect(board.text).not.toContain('<');
    expect(board.body.trainees.map((entry: { nickname: string }) => entry.nickname)).toContain(html);

    const bidi = await api('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: '\u202Eanna\u2066\u200D\u0007 \n\t B\u200Bob\u2069' } });
    expect(bidi.body.nickname).toBe('anna Bob');
  });

  it('needs the trainer token: 401 without, 403 with a wrong one', async () => {
    expect((await api('GET', `/api/trainer/classes/${classroom.classId}`)).status).toBe(401);
    const wrong = await api('GET', `/api/trainer/classes/${classroom.classId}`, { token: trainee.rejoinToken });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ error: 'forbidden' });
    expect((await api('DELETE', `/api/trainer/classes/${classroom.classId}/trainees/${trainee.traineeId}`, { token: 'x'.repeat(43) })).status).toBe(403);
  });

  it('sends the CSP and hardening headers', async () => {
    const response = await api('GET', '/healthz');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});

describe('origins', () => {
  it('refuses a POST from a foreign origin, accepts its own and the allowed ones', async () => {
    const post = (origin: string) => api('POST', '/api/classes', { body: { name: 'Origini', scenarios: ['rc-auto-renewal'] }, headers: { origin } });
    const foreign = await post('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toBe('forbidden-origin');
    expect((await post('http://localhost:80')).status).toBe(201);
    expect((await post('https://lms.example.org')).status).toBe(201);
  });

  it('refuses the WebSocket upgrade from a foreign origin', async () => {
    const port = (app.server.address() as AddressInfo).port;
    const status = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/api/classes/${classroom.code}/live`, { headers: { origin } });
        socket.on('unexpected-response', (request, response) => {
          request.destroy();
          resolve(response.statusCode ?? 0);
        });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('error', reject);
      });
    expect(await status('https://evil.example')).toBe(403);
    expect(await status(`http://127.0.0.1:${port}`)).toBe(101);
  });
});

describe('rate limits', () => {
  it('answer 429 JSON once the join limit is reached', async () => {
    const limited = await createTestServer(database, { rateLimits: { join: 3 } });
    const limitedApi = apiClient(limited);
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 4; index++) statuses.push((await limitedApi('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: `Fretta ${index}` } })).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      const refused = await limitedApi('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Fretta 9' } });
      expect(refused.body).toMatchObject({ error: 'rate-limited', message: expect.any(String) });
    } finally {
      await limited.close();
    }
  });
});
