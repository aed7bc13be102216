import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SessionLog } from '../../engine/index.ts';
import type { ScenarioSource } from '../classroom/scenarioCatalog.ts';
import type { ScoreResult } from './scoreLog.ts';

export interface ToWorker {
  id: number;
  scenario: string;
  log: SessionLog;
}
export type FromWorker = { id: number; result: ScoreResult } | { id: number; error: string };

interface Job {
  resolve: (result: ScoreResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | undefined;
  jobs: Map<number, Job>;
}

const TYPESCRIPT_WORKER = new URL('./typeScriptWorker.mjs', import.meta.url);
const SCORING_WORKER = new URL('./scoringWorker.ts', import.meta.url);

/** What typeScriptWorker.mjs expects: the TypeScript module to run, and that module's own data. */
export interface WorkerData<T> {
  entry: string;
  data: T;
}

/** One core for the main thread (HTTP and PGlite), the rest for scoring. */
export const DEFAULT_SCORING_THREADS = Math.max(1, availableParallelism() - 1);

/**
 * Replays and scores submitted logs on worker threads, so that the main thread's HTTP and
 * database work overlaps with scoring. A worker that dies fails its pending jobs (the requests
 * answer 500) and is replaced at the next job.
 */
export class ScoringPool {
  private readonly slots: Slot[];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly sources: readonly ScenarioSource[],
    threads = DEFAULT_SCORING_THREADS,
    private readonly workerUrl: URL = SCORING_WORKER,
  ) {
    this.slots = Array.from({ length: Math.max(1, threads) }, () => ({ worker: undefined, jobs: new Map() }));
    // Started now rather than at the first submission, which would otherwise wait for the loader.
    for (const slot of this.slots) this.start(slot);
  }

  score(scenario: string, log: SessionLog): Promise<ScoreResult> {
    if (this.closed) return Promise.reject(new Error('the scoring pool is closed'));
    const slot = this.slots.reduce((least, candidate) => (candidate.jobs.size < least.jobs.size ? candidate : least));
    const worker = slot.worker ?? this.start(slot);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      worker.postMessage({ id, scenario, log } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }

  private start(slot: Slot): Worker {
    const worker = new Worker(TYPESCRIPT_WORKER, { workerData: { entry: this.workerUrl.href, data: this.sources } satisfies WorkerData<readonly ScenarioSource[]> });
    slot.worker = worker;
    let failure: Error | undefined;
    worker.on('message', (message: FromWorker) => {
      const job = slot.jobs.get(message.id);
      slot.jobs.delete(message.id);
      if ('error' in message) job?.reject(new Error(message.error));
      else job?.resolve(message.result);
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (slot.worker === worker) slot.worker = undefined;
      const error = new Error(this.closed ? 'the scoring pool closed' : `a scoring worker stopped (exit code ${code}${failure ? `: ${failure.message}` : ''})`);
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
    });
    return worker;
  }
}
