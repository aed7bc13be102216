import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../scoring/scoringPool.ts';
import { BURN_SEED, CRASH_SEED, HOARD_SEED } from './sessions.ts';

/**
 * In a worker, what a poisoned log might make the engine do, on a marker seed: end the thread
 * (CRASH_SEED), spin forever (BURN_SEED), or allocate without bound (HOARD_SEED). This listener
 * runs before the real one, so the real one never answers these jobs (a thrown error would not
 * do: the port, an EventTarget, still calls the others).
 */
parentPort!.on('message', (job: ToWorker) => {
  const seed = job.kind === 'score' ? job.log.seed : undefined;
  if (seed === CRASH_SEED) process.exit(70);
  if (seed === BURN_SEED) for (;;);
  if (seed === HOARD_SEED) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(100_000).fill(hoard.length));
  }
});
