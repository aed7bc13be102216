import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../scoring/scoringPool.ts';
import { CRASH_SEED } from './sessions.ts';

/**
 * In a worker: a job whose log has CRASH_SEED ends the thread at once, before any later listener
 * answers it (a thrown error would not do: the port, an EventTarget, still calls the others).
 */
parentPort!.on('message', ({ log }: ToWorker) => {
  if (log.seed === CRASH_SEED) process.exit(70);
});
