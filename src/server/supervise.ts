import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_RAPID_RESTARTS, RESTART_WINDOW_MS, restartDelay } from './restartPolicy.ts';

/**
 * `npm start`: runs the server (main.ts, or the entry given as the first argument) in a child
 * process and starts it again whenever it stops abnormally, be it a crash, an out-of-memory abort
 * or a kill, after a short and growing wait (restartPolicy.ts). SIGINT and SIGTERM are passed on
 * for a clean stop; when the server exits cleanly, so does this process, with its exit code.
 */
const entry = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('./main.ts', import.meta.url));
const exits: number[] = [];
let child: ChildProcess | undefined;
let pendingStart: NodeJS.Timeout | undefined;
let stopping = false;

function start(): void {
  pendingStart = undefined;
  // The child runs with this process's own flags, hence with the same TypeScript loader.
  const server = fork(entry);
  child = server;
  server.on('exit', (code, signal) => {
    child = undefined;
    if (stopping || (code === 0 && signal === null)) process.exit(code ?? 1);
    const now = Date.now();
    exits.push(now);
    // Only the latest few can decide whether to give up.
    if (exits.length > MAX_RAPID_RESTARTS + 1) exits.shift();
    const why = signal ? `signal ${signal}` : `exit code ${code}`;
    const delay = restartDelay(exits, now);
    if (delay === undefined) {
      console.error(`galateo: the server stopped (${why}), more than ${MAX_RAPID_RESTARTS} times within ${RESTART_WINDOW_MS / 1000} s; giving up`);
      process.exit(1);
    }
    console.error(`galateo: the server stopped (${why}); restarting in ${delay / 1000} s`);
    pendingStart = setTimeout(start, delay);
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    clearTimeout(pendingStart);
    if (child) child.kill(signal);
    else process.exit(0);
  });
}

start();
