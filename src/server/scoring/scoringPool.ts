import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { SessionLog } from '../../engine/index.ts';
import type { ScenarioSource } from '../classroom/scenarioCatalog.ts';
import type { PublishedText } from './publishedCache.ts';
import type { ScenarioCheck } from './scenarioCheck.ts';
import type { ScoreResult } from './scoreLog.ts';

/**
 * A job: score a log on a bundled scenario or on a published text (compiled by the worker), or
 * check an uploaded text. Both run under the same time and memory limits.
 */
export type ToWorker = { id: number; kind: 'score'; scenario: string; log: SessionLog; published?: PublishedText } | { id: number; kind: 'check'; file: string; text: string };
/** `ready` once the worker has compiled the scenarios, then one answer per job. */
export type FromWorker = { ready: true } | { id: number; result: ScoreResult | ScenarioCheck } | { id: number; error: string };

/** What typeScriptWorker.mjs expects: the TypeScript module to run, and that module's own data. */
export interface WorkerData<T> {
  entry: string;
  data: T;
}

export type ScoringLimit = 'time' | 'memory';

/**
 * A job that went over its time or memory limit and was killed with its worker. Replay is
 * deterministic, so the same log would do it again: asking again is no use.
 */
export class UnscorableError extends Error {
  override readonly name = 'UnscorableError';
  constructor(
    readonly limit: ScoringLimit,
    message: string,
  ) {
    super(message);
  }
}

export type MemoryLimit = Required<Pick<ResourceLimits, 'maxOldGenerationSizeMb' | 'maxYoungGenerationSizeMb'>>;

export interface ScoringPoolOptions {
  /** Worker threads (default: one per core but one). */
  threads?: number;
  /** The worker's TypeScript module; tests give one that misbehaves on request. */
  workerUrl?: URL;
  /** How long one job may run on its worker. */
  timeLimitMs?: number;
  /** The V8 heap of each worker, in MB. */
  memoryLimit?: MemoryLimit;
}

/** One core for the main thread (HTTP and PGlite), the rest for scoring. */
export const DEFAULT_SCORING_THREADS = Math.max(1, availableParallelism() - 1);
/** The heaviest honest chats (200 replies, or 40 of 1,000 characters) replay in under 0.2 s. */
export const SCORING_TIME_LIMIT_MS = 2_000;
/** A worker holds the compiled scenarios in about 25 MB; a heavy replay adds a few more. */
export const SCORING_MEMORY_LIMIT: MemoryLimit = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 };

const TYPESCRIPT_WORKER = new URL('./typeScriptWorker.mjs', import.meta.url);
const SCORING_WORKER = new URL('./scoringWorker.ts', import.meta.url);

interface Job {
  message: ToWorker;
  resolve: (result: ScoreResult | ScenarioCheck) => void;
  reject: (error: Error) => void;
}

/**
 * Jobs given to a worker at once: the one it runs and the next, so that it never waits for the
 * main thread between jobs.
 */
const JOBS_PER_WORKER = 2;

/** One worker thread and its jobs, in order: it runs the first. */
interface Runner {
  worker: Worker;
  ready: boolean;
  jobs: Job[];
  /** The first job's time limit. */
  timer: NodeJS.Timeout | undefined;
  /** The limit the first job went over, once it has. */
  exceeded: ScoringLimit | undefined;
}

/**
 * Replays and scores submitted logs on worker threads, so that the main thread's HTTP and
 * database work overlaps with scoring, and so that no log can take the server down. Jobs wait in
 * the pool, and a worker holds at most the one it runs and the next; a job's clock starts when the
 * one before it is answered. A job that goes over its time or memory limit is killed with its
 * worker and fails with an UnscorableError; a worker that dies otherwise fails its job with a
 * plain Error. Either way only that job fails: the job queued behind it on that worker goes back
 * to the front of the queue, for a fresh worker.
 */
export class ScoringPool {
  private readonly runners: (Runner | undefined)[];
  private readonly waiting: Job[] = [];
  private readonly workerUrl: URL;
  private readonly timeLimitMs: number;
  private readonly memoryLimit: MemoryLimit;
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly sources: readonly ScenarioSource[],
    options: ScoringPoolOptions = {},
  ) {
    this.workerUrl = options.workerUrl ?? SCORING_WORKER;
    this.timeLimitMs = options.timeLimitMs ?? SCORING_TIME_LIMIT_MS;
    this.memoryLimit = options.memoryLimit ?? SCORING_MEMORY_LIMIT;
    // Started now rather than at the first submission, which would otherwise wait for the loader.
    this.runners = Array.from({ length: Math.max(1, options.threads ?? DEFAULT_SCORING_THREADS) }, (_, index) => this.start(index));
  }

  /** Scores a log on a bundled scenario, or on the published text it was played on. */
  score(scenario: string, log: SessionLog, published?: PublishedText): Promise<ScoreResult> {
    return this.run({ id: this.nextId++, kind: 'score', scenario, log, ...(published ? { published } : {}) }) as Promise<ScoreResult>;
  }

  /** Reads an uploaded scenario with the engine, off the main thread: hostile text costs a worker, at most its limits. */
  check(text: string, file: string): Promise<ScenarioCheck> {
    return this.run({ id: this.nextId++, kind: 'check', file, text }) as Promise<ScenarioCheck>;
  }

  private run(message: ToWorker): Promise<ScoreResult | ScenarioCheck> {
    if (this.closed) return Promise.reject(new Error('the scoring pool is closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ message, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const closed = new Error('the scoring pool closed');
    for (const job of this.waiting.splice(0)) job.reject(closed);
    await Promise.all(this.runners.map((runner) => runner?.worker.terminate()));
  }

  /** Hands waiting jobs to workers, idle ones first, starting a worker where there is none. */
  private dispatch(): void {
    for (let held = 0; held < JOBS_PER_WORKER; held++) {
      for (let index = 0; index < this.runners.length && this.waiting.length > 0; index++) {
        const runner = (this.runners[index] ??= this.start(index));
        if (!runner.ready || runner.jobs.length !== held) continue;
        const job = this.waiting.shift()!;
        runner.jobs.push(job);
        runner.worker.postMessage(job.message);
        if (held === 0) this.startClock(runner);
      }
    }
  }

  private startClock(runner: Runner): void {
    runner.timer = setTimeout(() => {
      runner.exceeded = 'time';
      void runner.worker.terminate();
    }, this.timeLimitMs);
  }

  private start(index: number): Runner {
    const worker = new Worker(TYPESCRIPT_WORKER, {
      workerData: { entry: this.workerUrl.href, data: this.sources } satisfies WorkerData<readonly ScenarioSource[]>,
      resourceLimits: this.memoryLimit,
    });
    const runner: Runner = { worker, ready: false, jobs: [], timer: undefined, exceeded: undefined };
    let failure: Error | undefined;
    worker.on('message', (message: FromWorker) => {
      // Past its limit, the first job is the one to blame, even if its answer slips in before the end.
      if (runner.exceeded) return;
      if ('ready' in message) {
        runner.ready = true;
      } else {
        // A worker answers its jobs in order.
        clearTimeout(runner.timer);
        const job = runner.jobs.shift();
        if (runner.jobs.length > 0) this.startClock(runner);
        if ('error' in message) job?.reject(new Error(message.error));
        else job?.resolve(message.result);
      }
      this.dispatch();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      failure = error;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') runner.exceeded ??= 'memory';
    });
    worker.on('exit', (code) => {
      clearTimeout(runner.timer);
      if (this.runners[index] === runner) this.runners[index] = undefined;
      if (this.closed) {
        for (const job of runner.jobs) job.reject(new Error('the scoring pool closed'));
        return;
      }
      const stopped = new Error(`a scoring worker stopped (exit code ${code}${failure ? `: ${failure.message}` : ''})`);
      if (!runner.ready) {
        // It died starting, so the next one would too: the waiting jobs fail rather than loop.
        for (const waiting of this.waiting.splice(0)) waiting.reject(stopped);
        return;
      }
      const [job, ...queued] = runner.jobs;
      job?.reject(runner.exceeded ? this.unscorable(runner.exceeded) : stopped);
      this.waiting.unshift(...queued);
      // A fresh worker, warm for the jobs that were waiting and for the next ones.
      this.runners[index] = this.start(index);
    });
    return runner;
  }

  private unscorable(limit: ScoringLimit): UnscorableError {
    return limit === 'time'
      ? new UnscorableError('time', `Scoring this chat took longer than the server allows (${this.timeLimitMs / 1000} s).`)
      : new UnscorableError('memory', `Scoring this chat needed more memory than the server allows (${this.memoryLimit.maxOldGenerationSizeMb} MB).`);
  }
}
