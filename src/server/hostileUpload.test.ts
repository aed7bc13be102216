import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioRefusalSchema } from '../classroom/contract.ts';
import type { Database } from './db/database.ts';
import { trainerScenarioText } from './testing/publishedTexts.ts';
import { BURN_MARK, HOARD_MARK } from './testing/sessions.ts';
import { pgliteSource, type TestDatabaseSource } from './testing/testDatabase.ts';
import { createTestServer } from './testing/testServer.ts';

const POISONED_WORKER = new URL('./testing/poisonedScoringWorker.ts', import.meta.url);

/**
 * Uploads over real HTTP to the real server, on one scoring worker as on a two-core machine, with
 * a worker that spins or hoards memory on a marker line while it checks a text: the upload is
 * refused as a problem of the file, /healthz answers all along, and the next upload is read.
 */
describe('a hostile scenario upload', () => {
  let source: TestDatabaseSource;
  let database: Database;
  let app: FastifyInstance;
  let base: string;
  let classroom: { classId: string; code: string; trainerToken: string };

  beforeAll(async () => {
    source = await pgliteSource();
    database = await source.open();
    app = await createTestServer(database, {
      scoring: { threads: 1, workerUrl: POISONED_WORKER, timeLimitMs: 2000, memoryLimit: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const created = await fetch(`${base}/api/classes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Ostile', scenarios: ['rc-auto-renewal'] }) });
    classroom = await created.json();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await source?.dispose();
  });

  const upload = async (text: string, file = 'ostile.yaml') => {
    const response = await fetch(`${base}/api/trainer/classes/${classroom.classId}/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${classroom.trainerToken}` },
      body: JSON.stringify({ file, text }),
    });
    return { status: response.status, body: await response.json() };
  };
  const healthy = async () => (await fetch(`${base}/healthz`)).status === 200;

  for (const [what, mark, limit] of [
    ['spins', BURN_MARK, 'more time'],
    ['hoards memory', HOARD_MARK, 'more memory'],
  ] as const) {
    it(`that ${what} is refused with 422 while the server answers, and the next upload is read`, async () => {
      let settled = false;
      const refused = upload(`${mark}\n${trainerScenarioText('ostile', 'Ostile')}`).finally(() => (settled = true));
      let checks = 0;
      while (!settled) {
        expect(await healthy()).toBe(true);
        checks++;
      }
      expect(checks).toBeGreaterThan(0);
      const { status, body } = await refused;
      expect(status).toBe(422);
      expect(ScenarioRefusalSchema.parse(body).problems).toEqual([{ file: 'ostile.yaml', line: 0, column: 0, message: expect.stringContaining(`needed ${limit} than the server allows`) }]);

      const next = await upload(trainerScenarioText('dopo', `Dopo uno che ${what}`));
      expect(next.status, JSON.stringify(next.body)).toBe(201);
    });
  }

  it('with real hostile YAML (deep nesting, an alias bomb) is refused by the engine on the worker, the server answering', async () => {
    const deep = `${'{a: '.repeat(30_000)}1${'}'.repeat(30_000)}`;
    const aliases = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, level) => `a${level + 1}: &a${level + 1} [${Array(10).fill(`*a${level}`).join(', ')}]`)].join('\n');
    const answers = Promise.all([upload(deep, 'profondo.yaml'), upload(aliases, 'alias.yaml')]);
    expect(await healthy()).toBe(true);
    for (const { status, body } of await answers) {
      expect(status).toBe(422);
      expect(ScenarioRefusalSchema.parse(body).problems.length).toBeGreaterThan(0);
    }
  });
});
