import { parentPort, workerData } from 'node:worker_threads';
import { LOCALE_CODES, prepareLocales, type SessionLog } from '../../engine/index.ts';
import { compileCatalog, type ScenarioSource } from '../classroom/scenarioCatalog.ts';
import { PublishedCache } from './publishedCache.ts';
import { checkScenarioText } from './scenarioCheck.ts';
import type { FromWorker, ToWorker, WorkerData } from './scoringPool.ts';
import { scoreLog } from './scoreLog.ts';

/**
 * A scoring thread: loads the language packs, compiles the scenarios the server read at start,
 * says so, then scores logs (on those or on published texts) and checks uploaded texts on request.
 */
await prepareLocales(LOCALE_CODES);
const catalog = compileCatalog((workerData as WorkerData<ScenarioSource[]>).data);
const published = new PublishedCache();
const port = parentPort!;

function scenarioOf(job: Extract<ToWorker, { kind: 'score' }>) {
  if (job.published) return published.get(job.published);
  const entry = catalog.get(job.scenario);
  if (!entry) throw new Error(`no scenario ${job.scenario} in the scoring worker`);
  return entry.compiled;
}

port.on('message', (job: ToWorker) => {
  const { id } = job;
  let answer: FromWorker;
  try {
    answer = { id, result: job.kind === 'check' ? checkScenarioText(job.text, job.file) : scoreLog(scenarioOf(job), job.log as SessionLog) };
  } catch (error) {
    // A log the engine cannot replay fails its own request, as it did on the main thread.
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
// Only now does the pool give it jobs, so a job's time limit never counts the start.
port.postMessage({ ready: true } satisfies FromWorker);
