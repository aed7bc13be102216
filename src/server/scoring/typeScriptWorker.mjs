// A worker thread's entry in plain JavaScript: on Node 20 a Worker does not get the parent's tsx
// hooks (not even with `--import tsx` in its execArgv), so it registers them itself and then
// imports its TypeScript entry, the same sources the server runs, under tsx or vitest alike.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
