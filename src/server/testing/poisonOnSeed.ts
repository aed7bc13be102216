import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../scoring/scoringPool.ts';
import { BURN_MARK, BURN_SEED, CRASH_SEED, HOARD_MARK, HOARD_SEED } from './sessions.ts';

/**
 * In a worker, what a poisoned log might make the engine do, on a marker seed: end the thread
 * (CRASH_SEED), spin forever (BURN_SEED), or allocate without bound (HOARD_SEED); and what an uploaded
 * text might make it do while it is checked, on a marker line (BURN_MARK, HOARD_MARK). This listener
 * runs before the real one, so the real one never answers these jobs (a thrown error would not
 * do: the port, an EventTarget, still calls the others).
 */
parentPort!.on('message', (job: ToWorker) => {
  const seed = job.kind === 'score' ? job.log.seed : undefined;
  const text = job.kind === 'check' ? job.text : '';
  if (seed === CRASH_SEED) process.exit(70);
  if (seed === BURN_SEED || text.includes(BURN_MARK)) for (;;);
  if (seed === HOARD_SEED || text.includes(HOARD_MARK)) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(100_000).fill(hoard.length));
  }
});
