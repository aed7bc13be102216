import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { freePort } from './postgresCluster.ts';

const SUPERVISE = fileURLToPath(new URL('../supervise.ts', import.meta.url));
const SERVER_ENTRY = fileURLToPath(new URL('./serverEntry.ts', import.meta.url));

export interface HttpAnswer {
  status: number;
  body: any;
}

export interface SupervisedServer {
  /** The pid of the `count`-th server process the supervisor started (1 for the first), once it listens. */
  serving(count: number): Promise<number>;
  /** One request on a connection of its own, so that no kept-alive socket outlives a killed server. */
  request(method: 'GET' | 'POST', path: string, options?: { body?: unknown; token?: string }): Promise<HttpAnswer>;
  /** What the supervisor and its servers printed on stderr. */
  errors(): string;
  /** The supervisor's exit code, once it exits. */
  exited: Promise<number | null>;
  /** Stops the supervisor with SIGTERM (SIGKILL for it and its servers if that does not work). */
  stop(): Promise<number | null>;
}

/**
 * `supervise.ts` running testing/serverEntry.ts on a free port, as `npm start` runs main.ts, with
 * the environment given (the database's).
 */
export async function startSupervisedServer(env: Record<string, string>): Promise<SupervisedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SUPERVISE, SERVER_ENTRY], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const pids: number[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());
  let output = '';
  let errors = '';
  let over = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    for (const [, pid] of output.matchAll(/^serving pid (\d+)$/gm)) if (!pids.includes(Number(pid))) pids.push(Number(pid));
    wake();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      over = true;
      wake();
      resolve(code);
    }),
  );

  return {
    async serving(count) {
      while (pids.length < count) {
        if (over) throw new Error(`the supervisor exited before server ${count} started:\n${errors}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      return pids[count - 1]!;
    },
    request(method, path, options = {}) {
      return new Promise((resolve, reject) => {
        const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
        const headers: Record<string, string> = { ...(payload ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) };
        const sent = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              resolve({ status: response.statusCode!, body: text ? JSON.parse(text) : undefined });
            } catch (error) {
              reject(error);
            }
          });
        });
        sent.on('error', reject);
        sent.end(payload);
      });
    },
    errors: () => errors,
    exited,
    async stop() {
      if (over) return exited;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => {
        for (const pid of [child.pid!, ...pids]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
      }, 15_000);
      const code = await exited;
      clearTimeout(timeout);
      return code;
    },
  };
}
