/**
 * `npm run bench:server`: the classroom server on loopback, in one bounded run (under 2 minutes).
 *
 * - Submissions re-scored and stored per second, and their p99 latency: many trainees submit
 *   realistic 8-12-reply chats of rc-auto-renewal, each with its own attempt and idempotency key.
 * - A bare route (GET /healthz) in the same run, and the ratio between the two.
 * - Fan-out: from a submission's commit (its NOTIFY) to the last of 300 WebSocket viewers
 *   receiving the new leaderboard, median and worst over several submissions.
 *
 * The server runs in a child process (PGlite in a temp dir; PostgreSQL when DATABASE_URL is set),
 * so the load generator does not share its event loop. Goals: >= 200 submissions/s with p99 <
 * 250 ms; fan-out to 300 viewers within 1 s. Prints a table; asserts nothing.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { compileScenario, loadScenario, LOCALE_CODES, prepareLocales, replayReplies, type Reply, type SessionLog } from '../src/engine/index.ts';

const SCENARIO = 'rc-auto-renewal';
const TRAINEES = 200;
const SUBMIT_SECONDS = 15;
const BARE_SECONDS = 5;
const CONNECTIONS = 16;
/** Enough pre-made attempts that no request in the run reuses one. */
const POOL = 12_000;
const VIEWERS = 300;
const FANOUT_SUBMISSIONS = 10;

const now = () => performance.timeOrigin + performance.now();

/** The part of autocannon this bench uses (the package ships no types). */
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
interface CannonResult {
  duration: number;
  errors: number;
  non2xx: number;
  requests: { total: number };
  latency: { p50: number; p99: number };
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: { url: string; connections: number; duration: number; requests?: CannonRequest[] }) => Promise<CannonResult>;

type ToServer = { type: 'attempts'; traineeIds: string[]; count: number };
type FromServer = { type: 'ready'; port: number; kind: string } | { type: 'attempts'; ids: { id: string; traineeId: string }[] } | { type: 'notified'; classId: string; at: number };

// ---- the server process -------------------------------------------------------------------

async function serve(): Promise<void> {
  const { createServer } = await import('../src/server/createServer.ts');
  const { runMigrations } = await import('../src/server/db/migrations.ts');
  const { openPgliteDatabase } = await import('../src/server/db/pgliteDatabase.ts');
  const { openPostgresDatabase } = await import('../src/server/db/postgresDatabase.ts');
  const { CLASS_CHANNEL } = await import('../src/server/store/classes.ts');
  const send = (message: FromServer) => process.send!(message);

  const dataDir = mkdtempSync(join(tmpdir(), 'galateo-bench-'));
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const url = process.env.DATABASE_URL;
  const database = url ? await openPostgresDatabase({ connectionString: url, schema, poolSize: 20 }) : await openPgliteDatabase(join(dataDir, 'db'));
  await runMigrations(database);
  writeFileSync(join(dataDir, 'index.html'), '<!doctype html>');
  const app = await createServer({ staticRoot: dataDir, database, rateLimits: { createClass: 1e9, join: 1e9, submissions: 1e9 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  // The commit time of each submission, as its notification reaches this process.
  await database.listen(CLASS_CHANNEL, (classId) => send({ type: 'notified', classId, at: now() }));

  process.on('message', async (message: ToServer) => {
    if (message.type !== 'attempts') return;
    // Attempts dated an hour back, so the chats' timings fit; the bench's stand-in for real waiting.
    const rows = await database.query<{ id: string; traineeId: string }>(
      `insert into attempts (id, trainee_id, scenario, started_at)
       select gen_random_uuid()::text, ($1::text[])[1 + (n % cardinality($1::text[]))], $2, now() - interval '1 hour'
       from generate_series(0, $3 - 1) as n returning id, trainee_id as "traineeId"`,
      [message.traineeIds, SCENARIO, message.count],
    );
    send({ type: 'attempts', ids: rows });
  });
  process.on('disconnect', async () => {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
  send({ type: 'ready', port: (app.server.address() as { port: number }).port, kind: database.kind });
}

// ---- the load generator ---------------------------------------------------------------------

/** Realistic chats: the scenario's exemplary agent with 1-5 extra replies, on varied seeds. */
async function makeLogs(count: number): Promise<SessionLog[]> {
  await prepareLocales(LOCALE_CODES);
  const loaded = loadScenario(readFileSync(fileURLToPath(new URL(`../scenarios/${SCENARIO}.yaml`, import.meta.url)), 'utf8'));
  if (!loaded.ok) throw new Error('scenario does not load');
  const compiled = compileScenario(loaded.scenario);
  const exemplary = loaded.scenario.tests[0]!.replies;
  const extras: Reply[] = [
    { delay: 4, text: 'Certamente, Le spiego subito come funziona.' },
    { delay: 5, text: 'Mi conferma che il numero di targa è quello indicato sulla polizza?' },
    { delay: 6, text: 'Un attimo, sto verificando i dati nel sistema.' },
    { delay: 4, text: 'Perfetto, La ringrazio per la pazienza.' },
    { delay: 5, text: 'Le ricordo che può anche pagare in agenzia, se preferisce.' },
  ];
  return Array.from({ length: count }, (_, index) => {
    const replies = [...exemplary];
    for (let extra = 0; extra <= index % 5; extra++) replies.splice(2 + extra, 0, extras[(index + extra) % extras.length]!);
    return replayReplies(compiled, replies, index + 1).log;
  });
}

function startServer(): Promise<{
  child: ChildProcess;
  port: number;
  kind: string;
  request: (message: ToServer) => Promise<FromServer>;
  onNotified: (handler: (classId: string, at: number) => void) => void;
}> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const notified: ((classId: string, at: number) => void)[] = [];
  let pending: ((message: FromServer) => void) | undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.on('message', (message: FromServer) => {
      if (message.type === 'ready') {
        resolve({
          child,
          port: message.port,
          kind: message.kind,
          request: (out) => new Promise((answer) => ((pending = answer), child.send(out))),
          onNotified: (handler) => notified.push(handler),
        });
      } else if (message.type === 'notified') notified.forEach((handler) => handler(message.classId, message.at));
      else pending?.(message);
    });
  });
}

async function main(): Promise<void> {
  const started = now();
  const server = await startServer();
  const base = `http://127.0.0.1:${server.port}`;
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  // A class of trainees, each with a share of attempts started an hour ago.
  const created = (await post('/api/classes', { name: 'Bench', scenarios: [SCENARIO] })).body;
  const trainees: { traineeId: string; rejoinToken: string }[] = [];
  for (let index = 0; index < TRAINEES; index++) {
    const joined = await post(`/api/classes/${created.code}/join`, { nickname: `Trainee ${index}` });
    if (joined.status !== 201) throw new Error(`join refused: ${JSON.stringify(joined.body)}`);
    trainees.push(joined.body);
  }
  const tokens = new Map(trainees.map((trainee) => [trainee.traineeId, trainee.rejoinToken]));
  const attempts = await server.request({ type: 'attempts', traineeIds: trainees.map((trainee) => trainee.traineeId), count: POOL });
  if (attempts.type !== 'attempts') throw new Error('no attempts');
  const logs = await makeLogs(50);
  const replyCounts = logs.map((log) => log.events.filter((event) => 'text' in event).length);

  let next = 0;
  const submissions = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SUBMIT_SECONDS,
    requests: [
      {
        method: 'POST',
        path: `/api/classes/${created.code}/submissions`,
        setupRequest: (request) => {
          const attempt = attempts.ids[next % attempts.ids.length]!;
          const log = logs[next % logs.length]!;
          next++;
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(attempt.traineeId)}` },
            body: JSON.stringify({ idempotencyKey: `bench-${next}-${attempt.id}`, attemptId: attempt.id, log }),
          };
        },
      },
    ],
  });
  const bare = await autocannon({ url: `${base}/healthz`, connections: CONNECTIONS, duration: BARE_SECONDS });

  // Fan-out: 300 viewers of one class; submissions spaced beyond the coalescing window.
  const fanClass = (await post('/api/classes', { name: 'Fan-out', scenarios: [SCENARIO] })).body;
  const submitter = (await post(`/api/classes/${fanClass.code}/join`, { nickname: 'Proiettata' })).body;
  const fanAttempts = await server.request({ type: 'attempts', traineeIds: [submitter.traineeId], count: FANOUT_SUBMISSIONS });
  if (fanAttempts.type !== 'attempts') throw new Error('no attempts');
  const received: number[][] = [];
  const sockets = await Promise.all(
    Array.from({ length: VIEWERS }, (_, viewer) => {
      received[viewer] = [];
      return new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/classes/${fanClass.code}/live`);
        // Only the boards count: a connection also gets the lobby.
        socket.on('message', (data) => {
          if ((JSON.parse(String(data)) as { type: string }).type === 'leaderboard') received[viewer]!.push(now());
        });
        socket.on('open', () => resolve(socket));
        socket.on('error', reject);
      });
    }),
  );
  while (received.some((times) => times.length < 1)) await new Promise((resolve) => setTimeout(resolve, 10));
  const commits: number[] = [];
  server.onNotified((_classId, at) => commits.push(at));
  const delays: number[] = [];
  for (let index = 0; index < FANOUT_SUBMISSIONS; index++) {
    commits.length = 0;
    const attempt = fanAttempts.ids[index]!;
    const response = await post(`/api/classes/${fanClass.code}/submissions`, { idempotencyKey: `fan-${index}-${attempt.id}`, attemptId: attempt.id, log: logs[index]! }, submitter.rejoinToken);
    if (response.status !== 201) throw new Error(`fan-out submission refused: ${JSON.stringify(response.body)}`);
    const deadline = now() + 5000;
    while (received.some((times) => times.length < index + 2) && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
    const last = Math.max(...received.map((times) => times[index + 1] ?? Infinity));
    delays.push(last - commits[0]!);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  sockets.forEach((socket) => socket.terminate());
  server.child.disconnect();

  const submitted = submissions.requests.total;
  const perSecond = submitted / (submissions.duration || SUBMIT_SECONDS);
  const bareRate = bare.requests.total / (bare.duration || BARE_SECONDS);
  const sorted = [...delays].sort((a, b) => a - b);
  const rows: [string, string, string][] = [
    ['database', server.kind, ''],
    ['submissions stored', `${submitted} (${submissions.non2xx} not 2xx, ${submissions.errors} errors)`, `${Math.min(...replyCounts)}-${Math.max(...replyCounts)} replies each`],
    ['submissions / s', perSecond.toFixed(0), 'goal >= 200'],
    ['submission latency p50 / p99', `${submissions.latency.p50} / ${submissions.latency.p99} ms`, 'goal p99 < 250 ms'],
    ['GET /healthz / s', bareRate.toFixed(0), `p99 ${bare.latency.p99} ms`],
    ['submissions : bare route', `1 : ${(bareRate / perSecond).toFixed(1)}`, ''],
    [`fan-out to ${VIEWERS} viewers, median`, `${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms`, 'goal < 1000 ms'],
    [`fan-out to ${VIEWERS} viewers, worst`, `${sorted[sorted.length - 1]!.toFixed(1)} ms`, `over ${delays.length} submissions`],
    ['whole run', `${((now() - started) / 1000).toFixed(1)} s`, `${CONNECTIONS} connections, loopback`],
  ];
  const width = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(width[column]!)).join('  '));
}

if (process.argv.includes('--serve')) await serve();
else await main();
