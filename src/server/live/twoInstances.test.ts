import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LiveMessageSchema, type LiveMessage } from '../../classroom/contract.ts';
import type { Database } from '../db/database.ts';
import { backdateAttempt, scenarioTestLog } from '../testing/sessions.ts';
import { postgresSource, type TestDatabaseSource } from '../testing/testDatabase.ts';
import { createTestServer } from '../testing/testServer.ts';

let source: TestDatabaseSource;
const databases: Database[] = [];
const servers: FastifyInstance[] = [];

beforeAll(async () => {
  source = await postgresSource();
  for (let index = 0; index < 2; index++) {
    const database = await source.open();
    const server = await createTestServer(database);
    await server.listen({ port: 0, host: '127.0.0.1' });
    databases.push(database);
    servers.push(server);
  }
});
afterAll(async () => {
  for (const server of servers) await server.close();
  for (const database of databases) await database.close();
  await source?.dispose();
});

const baseUrl = (server: FastifyInstance) => `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

async function post(server: FastifyInstance, path: string, body: object, token?: string) {
  const response = await fetch(`${baseUrl(server)}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

it('a viewer on instance A sees, within a second, a score submitted to instance B', async () => {
  const [a, b] = servers as [FastifyInstance, FastifyInstance];
  const created = (await post(a, '/api/classes', { name: 'Due istanze', scenarios: ['rc-auto-renewal'] })).body;
  const trainee = (await post(b, `/api/classes/${created.code}/join`, { nickname: 'Lontana' })).body;

  const socket = new WebSocket(`${baseUrl(a).replace('http', 'ws')}/api/classes/${created.code}/live`);
  const messages: LiveMessage[] = [];
  let arrived: (() => void) | undefined;
  socket.on('message', (data) => {
    messages.push(LiveMessageSchema.parse(JSON.parse(String(data))));
    arrived?.();
  });
  // A chat's start also reaches the viewers (the lobby, and a leaderboard unchanged): wait for the one that matters.
  const nextLeaderboard = (withinMs: number, wanted: (entries: number) => boolean = () => true) =>
    new Promise<LiveMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no leaderboard within ${withinMs} ms`)), withinMs);
      arrived = () => {
        const latest = messages.at(-1);
        if (latest?.type !== 'leaderboard' || !wanted(latest.leaderboard.entries.length)) return;
        clearTimeout(timer);
        resolve(latest);
      };
      arrived();
    });

  const initial = await nextLeaderboard(5000);
  expect(initial.type === 'leaderboard' && initial.leaderboard.entries).toEqual([]);
  messages.length = 0;

  const log = scenarioTestLog('rc-auto-renewal', 0);
  const attempt = (await post(b, `/api/classes/${created.code}/attempts`, { scenario: log.scenario }, trainee.rejoinToken)).body;
  await backdateAttempt(databases[1]!, attempt.attemptId, 60_000);
  const submitted = await post(b, `/api/classes/${created.code}/submissions`, { idempotencyKey: 'cross-instance', attemptId: attempt.attemptId, log }, trainee.rejoinToken);
  expect(submitted.status).toBe(201);

  const update = await nextLeaderboard(1000, (entries) => entries > 0);
  expect(update.type === 'leaderboard' && update.leaderboard.entries).toEqual([expect.objectContaining({ rank: 1, nickname: 'Lontana', score: submitted.body.total })]);
  socket.close();
});
