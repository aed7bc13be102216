import { parentPort, workerData } from 'node:worker_threads';
import { LOCALE_CODES, prepareLocales, type SessionLog } from '../../engine/index.ts';
import { compileCatalog, type ScenarioSource } from '../classroom/scenarioCatalog.ts';
import type { FromWorker, ToWorker, WorkerData } from './scoringPool.ts';
import { scoreLog } from './scoreLog.ts';

/** A scoring thread: loads the language packs, compiles the scenarios the server read at start, says so, then scores logs on request. */
await prepareLocales(LOCALE_CODES);
const catalog = compileCatalog((workerData as WorkerData<ScenarioSource[]>).data);
const port = parentPort!;

port.on('message', ({ id, scenario, log }: ToWorker) => {
  let answer: FromWorker;
  try {
    const entry = catalog.get(scenario);
    if (!entry) throw new Error(`no scenario ${scenario} in the scoring worker`);
    answer = { id, result: scoreLog(entry.compiled, log as SessionLog) };
  } catch (error) {
    // A log the engine cannot replay fails its own request, as it did on the main thread.
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
// Only now does the pool give it jobs, so a job's time limit never counts the start.
port.postMessage({ ready: true } satisfies FromWorker);
