import type { FastifyInstance } from 'fastify';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './api/context.ts';
import type { ConnectionLimits } from './connectionLimits.ts';
import type { Database } from './db/database.ts';
import { pgliteSource, type TestDatabaseSource } from './testing/testDatabase.ts';
import { createTestServer } from './testing/testServer.ts';

let source: TestDatabaseSource;
let database: Database;
const servers: FastifyInstance[] = [];

beforeAll(async () => {
  source = await pgliteSource();
  database = await source.open();
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await database?.close();
  await source?.dispose();
});

/** A server with the production limits, or some of them lowered. */
async function server(options: { rateLimits?: Partial<RateLimits>; connectionLimits?: Partial<ConnectionLimits> } = {}) {
  const app = await createTestServer(database, { rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, ...(options.connectionLimits ? { connectionLimits: options.connectionLimits } : {}) });
  servers.push(app);
  return app;
}

type Method = 'GET' | 'POST';
/** Requests from one address, as every trainee behind one NAT looks to the server. */
const from =
  (app: FastifyInstance, address: string) =>
  async (method: Method, url: string, options: { token?: string; body?: object } = {}) => {
    const response = await app.inject({
      method,
      url,
      remoteAddress: address,
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      ...(options.body ? { payload: options.body } : {}),
    });
    return { status: response.statusCode, body: response.json(), headers: response.headers };
  };

const newClass = async (app: FastifyInstance, address = '198.51.100.1') => {
  const created = await from(app, address)('POST', '/api/classes', { body: { name: 'Aula', scenarios: ['rc-auto-renewal'] } });
  expect(created.status).toBe(201);
  return created.body as { classId: string; code: string; trainerToken: string };
};

/** Well-formed codes no class has: the alphabet's letters in an order no random draw gave here. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const guess = (index: number, real: readonly string[]) => {
  const code = `Z${[0, 1, 2, 3, 4].map((place) => ALPHABET[Math.floor(index / 32 ** place) % 32]).join('')}`;
  return real.includes(code) ? 'Z22222' : code;
};

describe('a class of 60 behind one address', () => {
  it('joins within a minute, reloads and plays, and a ceiling per class and address stops a flood', async () => {
    const app = await server();
    const classroom = await newClass(app);
    const school = from(app, '203.0.113.7');

    const joins = [];
    for (let index = 1; index <= 60; index++) joins.push(await school('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: `Allievo ${index}` } }));
    expect(joins.map((response) => response.status)).toEqual(Array(60).fill(201));
    const tokens = joins.map((response) => response.body.rejoinToken as string);

    // Everyone reloads twice (each page asks who they are, and shows the class), and starts a chat.
    for (let round = 0; round < 2; round++) {
      for (const token of tokens) {
        expect((await school('GET', `/api/classes/${classroom.code}/me`, { token })).status).toBe(200);
        expect((await school('GET', `/api/classes/${classroom.code}`)).status).toBe(200);
      }
    }
    for (const token of tokens) expect((await school('POST', `/api/classes/${classroom.code}/attempts`, { token, body: { scenario: 'rc-auto-renewal' } })).status).toBe(201);
    expect((await school('GET', `/api/classes/${classroom.code}/leaderboard?hideNames=1`)).status).toBe(200);

    // 120 joins a minute per class and address: the 121st is refused, as JSON with Retry-After.
    for (let index = 61; index <= 120; index++) expect((await school('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: `Allievo ${index}` } })).status).toBe(201);
    const flood = await school('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Allievo 121' } });
    expect([flood.status, flood.body.error]).toEqual([429, 'rate-limited']);
    expect(Number(flood.headers['retry-after'])).toBeGreaterThan(0);
    // The same address joining another class, and another address joining this one, are counted apart.
    expect((await school('POST', `/api/classes/${(await newClass(app)).code}/join`, { body: { nickname: 'Altrove' } })).status).toBe(201);
    expect((await from(app, '192.0.2.9')('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Da casa' } })).status).toBe(201);
  });
});

describe('a code guesser', () => {
  it('gets 429 once it has tried 30 new codes in a minute, for real codes too, while the class it uses goes on', async () => {
    const app = await server();
    const classroom = await newClass(app);
    const other = await newClass(app);
    const nat = from(app, '203.0.113.50');
    const trainee = await nat('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Onesta' } });
    expect(trainee.status).toBe(201);

    const real = [classroom.code, other.code];
    const statuses = [];
    for (let index = 0; index < 31; index++) statuses.push((await nat('GET', `/api/classes/${guess(index, real)}`)).status);
    // One join already brought in a code: 29 guesses are answered, the 30th new code is refused.
    expect(statuses).toEqual([...Array(29).fill(404), 429, 429]);
    const refused = await nat('GET', `/api/classes/${guess(40, real)}/leaderboard`);
    expect([refused.status, refused.body.error]).toEqual([429, 'rate-limited']);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await nat('POST', `/api/classes/${guess(41, real)}/join`, { body: { nickname: 'Ladro' } })).status).toBe(429);
    // A real class the address never used gets the same answer as a wrong code: nothing is learnt.
    expect((await nat('GET', `/api/classes/${other.code}`)).status).toBe(429);
    // The class behind the same NAT keeps working, new trainees included; other addresses too.
    expect((await nat('GET', `/api/classes/${classroom.code}/me`, { token: trainee.body.rejoinToken })).status).toBe(200);
    expect((await nat('POST', `/api/classes/${classroom.code}/join`, { body: { nickname: 'Ritardataria' } })).status).toBe(201);
    expect((await from(app, '192.0.2.10')('GET', `/api/classes/${other.code}`)).status).toBe(200);
  });

  it('is refused the live socket the same way, before the upgrade', async () => {
    const app = await server({ rateLimits: { newCodes: 2 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const upgrade = (code: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/api/classes/${code}/live`);
        socket.on('unexpected-response', (request, response) => {
          request.destroy();
          resolve(response.statusCode ?? 0);
        });
        socket.on('open', () => {
          socket.terminate();
          resolve(101);
        });
        socket.on('error', reject);
      });
    const classroom = await newClass(app);
    expect(await upgrade(classroom.code)).toBe(101);
    expect(await upgrade(guess(0, [classroom.code]))).toBe(404);
    expect(await upgrade(guess(1, [classroom.code]))).toBe(429);
    expect(await upgrade(classroom.code)).toBe(101);
  });
});

describe('attempts and lookups', () => {
  it('are limited per class and address', async () => {
    const app = await server({ rateLimits: { attempts: 3, lookups: 2 } });
    const school = from(app, '203.0.113.80');
    const [first, second] = [await newClass(app), await newClass(app)];
    const tokenIn = async (code: string) => (await school('POST', `/api/classes/${code}/join`, { body: { nickname: 'Prova' } })).body.rejoinToken as string;
    const token = await tokenIn(first.code);
    const start = (code: string, rejoinToken: string) => school('POST', `/api/classes/${code}/attempts`, { token: rejoinToken, body: { scenario: 'rc-auto-renewal' } });
    const attempts = [];
    for (let index = 0; index < 4; index++) attempts.push((await start(first.code, token)).status);
    expect(attempts).toEqual([201, 201, 201, 429]);
    expect((await start(second.code, await tokenIn(second.code))).status).toBe(201);

    const lookups = [];
    for (let index = 0; index < 3; index++) lookups.push((await school('GET', `/api/classes/${first.code}`)).status);
    expect(lookups).toEqual([200, 200, 429]);
    expect((await school('GET', `/api/classes/${second.code}`)).status).toBe(200);
  });
});

/** A raw connection from `localAddress`: what it receives, and whether the server closed it. */
function rawConnection(port: number, localAddress = '127.0.0.1') {
  return new Promise<{ socket: Socket; received: () => string; closed: Promise<void> }>((resolve, reject) => {
    let received = '';
    let onClose: () => void = () => undefined;
    const closed = new Promise<void>((done) => (onClose = done));
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => resolve({ socket, received: () => received, closed }));
    socket.on('data', (chunk) => (received += String(chunk)));
    socket.on('close', () => onClose());
    socket.on('error', reject);
  });
}

/** Sends one keep-alive GET /healthz and waits for its whole answer. */
async function healthz(connection: { socket: Socket; received: () => string }): Promise<void> {
  connection.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
  while (!connection.received().includes('{"ok":true}')) await new Promise((resolve) => connection.socket.once('data', resolve));
}

describe('connections', () => {
  it('cut off a client that trickles its body', async () => {
    const app = await server({ connectionLimits: { requestTimeoutMs: 300, checkIntervalMs: 50 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const classroom = await newClass(app);
    const connection = await rawConnection((app.server.address() as AddressInfo).port);
    const body = JSON.stringify({ nickname: 'Lentissima' }).padEnd(10_000, ' ');
    connection.socket.write(`POST /api/classes/${classroom.code}/join HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    // One byte every 50 ms: never idle, and 500 s from complete.
    let sent = 0;
    const trickle = setInterval(() => connection.socket.write(body[sent++]!), 50);
    await connection.closed;
    clearInterval(trickle);
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(sent).toBeLessThan(body.length);
    expect((await database.query<{ n: number }>("select count(*)::int as n from trainees where nickname = 'Lentissima'"))[0]!.n).toBe(0);
  });

  it('are capped per address, and another address still gets in', async () => {
    const app = await server({ connectionLimits: { perAddress: 3 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const held = [];
    for (let index = 0; index < 3; index++) {
      const connection = await rawConnection(port);
      await healthz(connection);
      held.push(connection);
    }
    const fourth = await rawConnection(port);
    fourth.socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await fourth.closed;
    expect(fourth.received()).toBe('');
    const elsewhere = await rawConnection(port, '127.0.0.2');
    await healthz(elsewhere);
    for (const connection of [...held, elsewhere]) connection.socket.destroy();
  });
});
