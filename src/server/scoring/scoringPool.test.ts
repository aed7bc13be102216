import Fastify from 'fastify';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionLog } from '../../engine/index.ts';
import { installErrorHandler } from '../api/errors.ts';
import { registerSubmissionRoutes } from '../api/submissionRoutes.ts';
import { DEFAULT_RATE_LIMITS } from '../api/context.ts';
import { compileCatalog, readScenarioSources } from '../classroom/scenarioCatalog.ts';
import type { Database } from '../db/database.ts';
import { LiveHub } from '../live/liveHub.ts';
import { startAttempt } from '../store/attempts.ts';
import { createClass } from '../store/classes.ts';
import { addTrainee } from '../store/trainees.ts';
import { backdateAttempt, BURN_SEED, CRASH_SEED, HOARD_SEED, scenarioTestLog } from '../testing/sessions.ts';
import { pgliteSource, type TestDatabaseSource } from '../testing/testDatabase.ts';
import { scoreLog } from './scoreLog.ts';
import { ScoringPool, UnscorableError } from './scoringPool.ts';

const sources = readScenarioSources(fileURLToPath(new URL('../../../scenarios/', import.meta.url)));
const catalog = compileCatalog(sources);
const POISONED_WORKER = new URL('../testing/poisonedScoringWorker.ts', import.meta.url);
const inThread = (log: SessionLog) => scoreLog(catalog.get(log.scenario)!.compiled, log);

/** Every scenario's own test chats on two seeds, and one answered faster than anyone reads. */
function sampleLogs(): SessionLog[] {
  const logs: SessionLog[] = [];
  for (const source of sources) {
    const id = source.file.replace(/\.yaml$/, '');
    for (let test = 0; ; test++) {
      try {
        logs.push(scenarioTestLog(id, test, 1), scenarioTestLog(id, test, 7));
      } catch {
        break;
      }
    }
  }
  const first = logs[0]!;
  logs.push({ ...first, events: first.events.map((event, index) => ({ ...event, at: index })) });
  return logs;
}

describe('the scoring pool', () => {
  let pool: ScoringPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('scores on its workers exactly as the main thread does', async () => {
    pool = new ScoringPool(sources, { threads: 2 });
    const logs = sampleLogs();
    const results = await Promise.all(logs.map((log) => pool!.score(log.scenario, log)));
    expect(results).toStrictEqual(logs.map(inThread));
    expect(new Set(results.map((result) => result.kind))).toEqual(new Set(['scored', 'too-fast']));
  });

  it('fails a job the engine cannot run, and goes on', async () => {
    pool = new ScoringPool(sources, { threads: 1 });
    const log = scenarioTestLog('rc-auto-renewal', 0);
    await expect(pool.score('no-such-scenario', log)).rejects.toThrow('no scenario no-such-scenario');
    expect(await pool.score(log.scenario, log)).toStrictEqual(inThread(log));
  });

  it('fails only the job whose worker dies, and scores the ones waiting behind it on a fresh worker', async () => {
    pool = new ScoringPool(sources, { threads: 1, workerUrl: POISONED_WORKER });
    const log = scenarioTestLog('rc-auto-renewal', 0);
    const [crashed, ...behind] = await Promise.allSettled([pool.score(log.scenario, { ...log, seed: CRASH_SEED }), pool.score(log.scenario, log), pool.score(log.scenario, log)]);
    expect(crashed).toMatchObject({ status: 'rejected', reason: new Error('a scoring worker stopped (exit code 70)') });
    expect(behind).toStrictEqual([1, 2].map(() => ({ status: 'fulfilled', value: inThread(log) })));
  });

  it('kills a job over its time limit with its worker, as unscorable, and scores the ones waiting', async () => {
    pool = new ScoringPool(sources, { threads: 1, workerUrl: POISONED_WORKER, timeLimitMs: 1000 });
    const log = scenarioTestLog('rc-auto-renewal', 0);
    const [burnt, ...behind] = await Promise.allSettled([pool.score(log.scenario, { ...log, seed: BURN_SEED }), pool.score(log.scenario, log), pool.score(log.scenario, log)]);
    expect(burnt.status === 'rejected' && burnt.reason).toBeInstanceOf(UnscorableError);
    expect(burnt).toMatchObject({ reason: { limit: 'time', message: 'Scoring this chat took longer than the server allows (1 s).' } });
    expect(behind).toStrictEqual([1, 2].map(() => ({ status: 'fulfilled', value: inThread(log) })));
  });

  it('kills a job over its memory limit with its worker, as unscorable, and scores the ones waiting', async () => {
    pool = new ScoringPool(sources, { threads: 1, workerUrl: POISONED_WORKER, memoryLimit: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
    const log = scenarioTestLog('rc-auto-renewal', 0);
    const [hoarded, ...behind] = await Promise.allSettled([pool.score(log.scenario, { ...log, seed: HOARD_SEED }), pool.score(log.scenario, log)]);
    expect(hoarded.status === 'rejected' && hoarded.reason).toBeInstanceOf(UnscorableError);
    expect(hoarded).toMatchObject({ reason: { limit: 'memory', message: 'Scoring this chat needed more memory than the server allows (64 MB).' } });
    expect(behind).toStrictEqual([{ status: 'fulfilled', value: inThread(log) }]);
  });

  it('fails the jobs of a worker that cannot start, saying why', async () => {
    pool = new ScoringPool(sources, { threads: 1, workerUrl: new URL('./noSuchWorker.ts', import.meta.url) });
    const log = scenarioTestLog('rc-auto-renewal', 0);
    await expect(pool.score(log.scenario, log)).rejects.toThrow(/a scoring worker stopped \(exit code 1: .*noSuchWorker/);
  });

  it('refuses work once closed', async () => {
    pool = new ScoringPool(sources, { threads: 1 });
    await pool.close();
    const log = scenarioTestLog('rc-auto-renewal', 0);
    await expect(pool.score(log.scenario, log)).rejects.toThrow('closed');
  });
});

describe('a submission whose scoring worker dies', () => {
  let source: TestDatabaseSource;
  let database: Database;
  let pool: ScoringPool;
  const app = Fastify();
  beforeAll(async () => {
    source = await pgliteSource();
    database = await source.open();
    pool = new ScoringPool(sources, { threads: 1, workerUrl: POISONED_WORKER });
    installErrorHandler(app);
    registerSubmissionRoutes(app, { db: database, catalog, live: new LiveHub(async () => undefined), scoring: pool, rateLimits: DEFAULT_RATE_LIMITS, publicOrigin: undefined });
  });
  afterAll(async () => {
    await app.close();
    await pool?.close();
    await database?.close();
    await source?.dispose();
  });

  it('is answered 500 in JSON, and the next one is scored', async () => {
    const created = await createClass(database, { name: 'Crash', scenarios: ['rc-auto-renewal'], opensAt: null, closesAt: null });
    const { trainee, rejoinToken } = (await addTrainee(database, created.classId, 'Tester', 'tester'))!;
    const submit = async (log: SessionLog) => {
      const { attemptId } = await startAttempt(database, trainee.id, log.scenario);
      await backdateAttempt(database, attemptId, 300_000);
      return app.inject({
        method: 'POST',
        url: `/api/classes/${created.code}/submissions`,
        headers: { authorization: `Bearer ${rejoinToken}` },
        payload: { idempotencyKey: crypto.randomUUID(), attemptId, log },
      });
    };
    const log = scenarioTestLog('rc-auto-renewal', 0);

    const crashed = await submit({ ...log, seed: CRASH_SEED });
    expect(crashed.statusCode).toBe(500);
    expect(crashed.json()).toEqual({ error: 'internal', message: 'Something went wrong on the server.' });

    const scored = await submit(log);
    expect(scored.statusCode).toBe(201);
    const expected = inThread(log);
    expect(expected.kind).toBe('scored');
    expect(scored.json().report).toEqual(JSON.parse(JSON.stringify(expected.kind === 'scored' && expected.report)));
  });
});
