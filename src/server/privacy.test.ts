import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LiveMessageSchema, type LiveMessage } from '../classroom/contract.ts';
import { openDatabaseFromEnv } from './db/openDatabase.ts';
import { backdateAttempt, scenarioTestLog } from './testing/sessions.ts';
import { useTestServer } from './testing/useTestServer.ts';

describe('hidden names', () => {
  const server = useTestServer(undefined, { listen: true });
  const { api } = server;

  const play = async (code: string, token: string) => {
    const log = scenarioTestLog('rc-auto-renewal', 0);
    const attempt = await api('POST', `/api/classes/${code}/attempts`, { token, body: { scenario: log.scenario } });
    await backdateAttempt(server.database, attempt.body.attemptId, 300_000);
    const submitted = await api('POST', `/api/classes/${code}/submissions`, { token, body: { idempotencyKey: crypto.randomUUID(), attemptId: attempt.body.attemptId, log } });
    expect(submitted.status, submitted.text).toBe(201);
  };

  it('leave no trainee id or nickname on the public board, fetched or pushed live', async () => {
    const created = (await api('POST', '/api/classes', { body: { name: 'Anonima', scenarios: ['rc-auto-renewal'] } })).body;
    const trainee = (await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'Segreta' } })).body;
    await play(created.code, trainee.rejoinToken);

    const named = await api('GET', `/api/classes/${created.code}/leaderboard`);
    expect(named.body.entries).toEqual([expect.objectContaining({ traineeId: trainee.traineeId, nickname: 'Segreta' })]);
    const hidden = await api('GET', `/api/classes/${created.code}/leaderboard?hideNames=1`);
    expect(hidden.body.entries).toEqual([{ rank: 1, nickname: null, score: expect.any(Number), attempts: 1 }]);
    expect(hidden.text).not.toContain(trainee.traineeId);
    expect(hidden.text).not.toContain('Segreta');

    const socket = new WebSocket(`ws://127.0.0.1:${(server.app.server.address() as AddressInfo).port}/api/classes/${created.code}/live?hideNames=1`);
    const frames: string[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data) => {
      frames.push(String(data));
      waiters.splice(0).forEach((wake) => wake());
    });
    const until = async (found: () => boolean) => {
      while (!found()) await new Promise<void>((resolve) => waiters.push(resolve));
    };
    const boards = () =>
      frames.map((frame) => LiveMessageSchema.parse(JSON.parse(frame))).filter((message): message is Extract<LiveMessage, { type: 'leaderboard' }> => message.type === 'leaderboard');
    await until(() => boards().length === 1);
    await play(created.code, trainee.rejoinToken);
    await until(() => boards().some((message) => message.leaderboard.entries[0]?.attempts === 2));
    socket.terminate();
    for (const frame of frames) {
      expect(frame).not.toContain(trainee.traineeId);
      expect(frame).not.toContain('Segreta');
    }
    expect(boards().at(-1)!.leaderboard.entries).toEqual([{ rank: 1, nickname: null, score: expect.any(Number), attempts: 2 }]);
  });
});

describe('the PGlite data folder', () => {
  it('is this user’s alone: the folder and its subfolders 0700, every file 0600', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'galateo-private-'));
    try {
      const modes = () => {
        const found: { path: string; mode: number; folder: boolean }[] = [];
        const walk = (dir: string) => {
          found.push({ path: dir, mode: statSync(dir).mode & 0o777, folder: true });
          for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) walk(join(dir, entry.name));
            else found.push({ path: join(dir, entry.name), mode: statSync(join(dir, entry.name)).mode & 0o777, folder: false });
          }
        };
        walk(join(parent, 'data'));
        return found;
      };
      const expectPrivate = () => {
        const found = modes();
        expect(found.filter((entry) => !entry.folder).length).toBeGreaterThan(100);
        expect(found.filter((entry) => entry.mode !== (entry.folder ? 0o700 : 0o600))).toEqual([]);
      };

      // Opened as `npm start` opens it, then migrated: the migrations' new tables are new files.
      const database = await openDatabaseFromEnv({ DATA_DIR: 'data' }, parent);
      expect(statSync(join(parent, 'data')).mode & 0o777).toBe(0o700);
      await database.close();
      expectPrivate();

      const again = await openDatabaseFromEnv({ DATA_DIR: 'data' }, parent);
      expectPrivate();
      await again.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
