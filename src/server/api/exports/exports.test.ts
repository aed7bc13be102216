import validateStatement from '@learninglocker/xapi-validation';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS, type Report, type SessionLog } from '../../../engine/index.ts';
import type { Database } from '../../db/database.ts';
import { apiClient } from '../../testing/apiClient.ts';
import { backdateAttempt, scenarioTestLog, scenarioTestReport } from '../../testing/sessions.ts';
import { pgliteSource, type TestDatabaseSource } from '../../testing/testDatabase.ts';
import { createTestServer } from '../../testing/testServer.ts';
import { csvCell } from './csvCell.ts';
import { exportOrigin } from './exportOrigin.ts';
import { isoDuration, PASS_THRESHOLD, verdictOf } from './xapi.ts';

const ORIGIN = 'https://galateo.example.org';

let source: TestDatabaseSource;
let database: Database;
/** PUBLIC_ORIGIN set, spelled the way people write it in an .env file. */
let configured: ReturnType<typeof apiClient>;
/** PUBLIC_ORIGIN unset. */
let unconfigured: ReturnType<typeof apiClient>;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  source = await pgliteSource();
  database = await source.open();
  apps.push(await createTestServer(database, { publicOrigin: 'https://Galateo.Example.org:443/' }), await createTestServer(database));
  configured = apiClient(apps[0]!);
  unconfigured = apiClient(apps[1]!);
  // PGlite's start and migrations take seconds on a busy machine: the same ceiling as a test's.
}, 60_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.close();
  await source?.dispose();
});

async function createClass() {
  const response = await configured('POST', '/api/classes', { body: { name: 'Corso «assistenza»', scenarios: ['rc-auto-renewal', 'angry-complainer'] } });
  expect(response.status, response.text).toBe(201);
  return response.body as { classId: string; code: string; trainerToken: string };
}

async function join(code: string, nickname: string) {
  const response = await configured('POST', `/api/classes/${code}/join`, { body: { nickname } });
  expect(response.status, response.text).toBe(201);
  return response.body as { traineeId: string; rejoinToken: string; nickname: string };
}

/** Starts an attempt dated as long ago as the chat lasted, submits the log, returns the server's score. */
async function play(code: string, token: string, log: SessionLog) {
  const attempt = await configured('POST', `/api/classes/${code}/attempts`, { token, body: { scenario: log.scenario } });
  expect(attempt.status, attempt.text).toBe(201);
  await backdateAttempt(database, attempt.body.attemptId, (log.events.at(-1)?.at ?? 0) + 1000);
  const submitted = await configured('POST', `/api/classes/${code}/submissions`, { token, body: { idempotencyKey: crypto.randomUUID(), attemptId: attempt.body.attemptId, log } });
  expect(submitted.status, submitted.text).toBe(201);
  return submitted.body as { submissionId: string; total: number };
}

/** The exemplary rc-auto-renewal chat without its goodbye: the agent closes the window 8 s after the last reply. */
function closedWithoutGoodbye(): SessionLog {
  const log = scenarioTestLog('rc-auto-renewal', 0);
  const events = log.events.slice(0, -1);
  return { ...log, events: [...events, { at: events.at(-1)!.at + 8000, close: true }] };
}

const trainerExport = (client: ReturnType<typeof apiClient>, classroom: { classId: string; trainerToken: string }, format: 'csv' | 'xapi', host?: string) =>
  client('GET', `/api/trainer/classes/${classroom.classId}/export.${format}`, { token: classroom.trainerToken, ...(host ? { headers: { host } } : {}) });

describe('xAPI export', () => {
  it('never passes a customer who was not served, however high the score', () => {
    const scored = scenarioTestReport('rc-auto-renewal', 0);
    expect(scored.outcome).toBe('resolved');
    expect(verdictOf(scored)).toBe('passed');
    for (const outcome of ['abandoned', 'unresolved'] as const) expect(verdictOf({ ...scored, outcome, total: 95 })).toBe('failed');
    expect(verdictOf({ ...scored, outcome: 'escalated' })).toBe('passed');
  });

  it('sends valid xAPI that follows cmi5 for its verbs, passes only served customers, and names everyone after PUBLIC_ORIGIN', async () => {
    const classroom = await createClass();
    const giulia = await join(classroom.code, 'Giulia');
    const marco = await join(classroom.code, 'Marco');
    // What each chat must become: the outcome and score decide together, and the duration is the chat's length.
    const plays = [
      { trainee: giulia, log: scenarioTestLog('rc-auto-renewal', 0), outcome: 'resolved', verb: 'passed', duration: 'PT56.17S' },
      { trainee: giulia, log: scenarioTestLog('angry-complainer', 3), outcome: 'abandoned', verb: 'failed', duration: 'PT1M16.73S' },
      // Transferred as it should be, but after pasted answers: served, yet under the threshold since issue 10.
      { trainee: marco, log: scenarioTestLog('angry-complainer', 2), outcome: 'escalated', verb: 'failed', duration: 'PT42.35S' },
      { trainee: marco, log: scenarioTestLog('angry-complainer', 1), outcome: 'abandoned', verb: 'failed', duration: undefined },
      // The close comes 6.4 s after the customer's last line: only the log knows when the chat ended.
      { trainee: marco, log: closedWithoutGoodbye(), outcome: 'unresolved', verb: 'failed', duration: 'PT56.66S' },
      // No reply at all: an empty log, the customer leaves.
      { trainee: marco, log: scenarioTestLog('rc-auto-renewal', 2), outcome: 'abandoned', verb: 'failed', duration: undefined },
    ];
    const submitted = [];
    for (const entry of plays) submitted.push({ ...entry, ...(await play(classroom.code, entry.trainee.rejoinToken, entry.log)) });
    // The abandoned chat: the engine now scores abandonment low by itself (issue 10), and the verdict
    // fails it whatever the score (verdictOf, tested on its own above).
    expect(submitted[1]!.total).toBeLessThan(PASS_THRESHOLD);
    expect(submitted[4]!.total).toBeGreaterThanOrEqual(60);

    const response = await trainerExport(configured, classroom, 'xapi', 'galateo.example.org');
    expect(response.status, response.text).toBe(200);
    const statements = response.body as any[];
    expect(statements).toHaveLength(plays.length * 2);
    // However the dashboard was reached, the statements are the same, byte for byte.
    for (const host of ['localhost:8080', '10.0.0.7:8080', 'galateo-internal']) expect((await trainerExport(configured, classroom, 'xapi', host)).text).toBe(response.text);

    for (const statement of statements) {
      expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
      expect(statement).not.toHaveProperty('version');
      expect(statement.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(statement.timestamp).toMatch(/Z$/);
      expect(statement.actor.account.homePage).toBe(ORIGIN);
      expect(statement.object.id.startsWith(`${ORIGIN}/xapi/scenarios/`)).toBe(true);
      expect(statement.context.contextActivities.grouping).toEqual([
        { objectType: 'Activity', id: `${ORIGIN}/xapi/classes/${classroom.classId}`, definition: { name: { und: 'Corso «assistenza»' } } },
      ]);
      expect(statement.result.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    }
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);

    const trainer = (path: string) => configured('GET', `/api/trainer/classes/${classroom.classId}${path}`, { token: classroom.trainerToken });
    submitted.forEach((entry, index) => {
      const [completed, verdict] = [statements[index * 2], statements[index * 2 + 1]];
      expect(completed.actor).toEqual({ objectType: 'Agent', name: entry.trainee.nickname, account: { homePage: ORIGIN, name: entry.trainee.traineeId } });
      expect(verdict.actor).toEqual(completed.actor);
      expect(completed.object.id).toBe(`${ORIGIN}/xapi/scenarios/${entry.log.scenario}`);
      // cmi5 9.5: `completion` only on completed, which carries no score nor success; success and score on the verdict.
      expect(completed.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
      expect(completed.result).toEqual({ completion: true, duration: completed.result.duration });
      expect(verdict.verb.id, entry.outcome).toBe(`http://adlnet.gov/expapi/verbs/${entry.verb}`);
      expect(verdict.result).not.toHaveProperty('completion');
      expect(verdict.result.success).toBe(entry.verb === 'passed');
      expect(verdict.result.score).toEqual({ scaled: entry.total / 100, raw: entry.total, min: 0, max: 100 });
      // cmi5 9.5.4.1: duration on completed, passed and failed.
      expect(verdict.result.duration).toBe(completed.result.duration);
      if (entry.duration) expect(completed.result.duration).toBe(entry.duration);
      expect(verdict.result.extensions[`${ORIGIN}/xapi/extensions/outcome`]).toBe(entry.outcome);
    });
    for (const [index, entry] of submitted.entries()) {
      const detail = (await trainer(`/submissions/${entry.submissionId}`)).body as { report: Report };
      const dimensions = Object.fromEntries(DIMENSIONS.map((dimension) => [`${ORIGIN}/xapi/extensions/dimensions/${dimension}`, detail.report.dimensions[dimension].score]));
      expect(statements[index * 2 + 1].result.extensions).toEqual({ ...dimensions, [`${ORIGIN}/xapi/extensions/outcome`]: entry.outcome });
    }

    // The validator is a real one: it refuses what an LRS would refuse.
    expect(validateStatement({ ...statements[0], result: { completion: true, duration: '56 s' } })).not.toEqual([]);
    expect(validateStatement({ ...statements[0], version: '2.1' })).not.toEqual([]);
  });

  it('without PUBLIC_ORIGIN, names a loopback address after itself and refuses to guess from any other Host', async () => {
    const classroom = await createClass();
    const trainee = await join(classroom.code, 'Locale');
    await play(classroom.code, trainee.rejoinToken, scenarioTestLog('rc-auto-renewal', 0));

    for (const [host, origin] of [
      ['localhost:8080', 'http://localhost:8080'],
      ['LOCALHOST:80', 'http://localhost'],
      ['127.0.0.1:3000', 'http://127.0.0.1:3000'],
      ['[::1]:8080', 'http://[::1]:8080'],
    ]) {
      const response = await trainerExport(unconfigured, classroom, 'xapi', host);
      expect(response.status, response.text).toBe(200);
      expect(response.body.map((statement: any) => statement.actor.account.homePage)).toEqual([origin, origin]);
    }
    for (const host of ['galateo.example.org', 'localhost.example.org', '127.0.0.1.nip.io:8080', '192.168.1.20:8080']) {
      const response = await trainerExport(unconfigured, classroom, 'xapi', host);
      expect(response.status, host).toBe(503);
      expect(response.body).toEqual({ error: 'public-origin-missing', message: expect.stringContaining('PUBLIC_ORIGIN') });
    }
    // The trainer token is checked first: a stranger learns nothing about the configuration.
    expect((await unconfigured('GET', `/api/trainer/classes/${classroom.classId}/export.xapi`, { headers: { host: 'galateo.example.org' } })).status).toBe(401);
  });

  it('reads PUBLIC_ORIGIN as an origin, and refuses one with a path or another scheme', () => {
    const request = (host: string) => ({ host, protocol: 'http' }) as FastifyRequest;
    expect(exportOrigin('HTTPS://Galateo.Example.org', request('x'))).toBe(ORIGIN);
    expect(exportOrigin('http://galateo.example.org:8080/', request('x'))).toBe('http://galateo.example.org:8080');
    for (const value of ['galateo.example.org', 'https://galateo.example.org/galateo', 'https://galateo.example.org/?a=1', 'ftp://galateo.example.org', 'https://user:pw@galateo.example.org', '']) {
      expect(() => exportOrigin(value, request('localhost')), value).toThrow(expect.objectContaining({ statusCode: 503, code: 'public-origin-invalid' }));
    }
    // A path smuggled after a loopback name is not a loopback origin.
    expect(() => exportOrigin(undefined, request('localhost/evil'))).toThrow(expect.objectContaining({ code: 'public-origin-missing' }));
  });

  it('fails any chat with a critical finding, whatever its outcome and score', () => {
    const report = { outcome: 'resolved', total: 80, findings: [{ severity: 'major' }] } as unknown as Report;
    expect(verdictOf(report)).toBe('passed');
    expect(verdictOf({ ...report, findings: [{ severity: 'major' }, { severity: 'critical' }] } as unknown as Report)).toBe('failed');
    expect(verdictOf({ ...report, total: 59 })).toBe('failed');
    expect(verdictOf({ ...report, outcome: 'unresolved' })).toBe('failed');
  });

  it('writes ISO 8601 durations in hours, minutes and seconds, to the hundredth', () => {
    expect([0, 4, 999, 56_170, 60_000, 76_734, 3_600_000, 3_725_505].map(isoDuration)).toEqual(['PT0S', 'PT0S', 'PT1S', 'PT56.17S', 'PT1M', 'PT1M16.73S', 'PT1H', 'PT1H2M5.51S']);
  });
});

describe('CSV export', () => {
  it('has one row per trainee and scenario with the best session, and no cell a spreadsheet would run', async () => {
    const classroom = await createClass();
    const nicknames = ['=Somma', '+39 Anna', '-Luca', '@Bea', 'Dario "il Capo"'];
    const trainees = [];
    for (const nickname of nicknames) trainees.push(await join(classroom.code, nickname));
    const best = await play(classroom.code, trainees[0]!.rejoinToken, scenarioTestLog('rc-auto-renewal', 0));
    await play(classroom.code, trainees[0]!.rejoinToken, scenarioTestLog('rc-auto-renewal', 1));

    const response = await trainerExport(configured, classroom, 'csv');
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="galateo-${classroom.code}.csv"`);
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const lines = response.text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(`"nickname","scenario","attempts","best_total",${DIMENSIONS.map((dimension) => `"${dimension}"`).join(',')},"last_submission_at"`);
    expect(lines).toHaveLength(1 + nicknames.length * 2);

    const detail = (await configured('GET', `/api/trainer/classes/${classroom.classId}/submissions/${best.submissionId}`, { token: classroom.trainerToken })).body as { report: Report };
    const cells = lines[1]!.slice(1, -1).split('","');
    expect(cells.slice(0, 4)).toEqual(["'=Somma", 'rc-auto-renewal', '2', String(best.total)]);
    expect(cells.slice(4, 4 + DIMENSIONS.length)).toEqual(DIMENSIONS.map((dimension) => String(detail.report.dimensions[dimension].score)));
    expect(Number.isNaN(Date.parse(cells[4 + DIMENSIONS.length]!))).toBe(false);
    expect(lines[2]).toBe(
      `"'=Somma","angry-complainer","0",${Array(DIMENSIONS.length + 2)
        .fill('""')
        .join(',')}`,
    );
    expect(lines.slice(1).map((line) => line.split('","')[0])).toEqual([
      '"\'=Somma',
      '"\'=Somma',
      '"\'+39 Anna',
      '"\'+39 Anna',
      '"\'-Luca',
      '"\'-Luca',
      '"\'@Bea',
      '"\'@Bea',
      '"Dario ""il Capo""',
      '"Dario ""il Capo""',
    ]);
  });

  it('quotes every cell and defuses the characters that start a formula, but not numbers', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'a=1', ''].map(csvCell)).toEqual(['"\'=1+1"', '"\'+1"', '"\'-1"', '"\'@SUM(A1)"', '"\'\t=1"', '"\'\r=1"', '"a=1"', '""']);
    expect([-5, 0, null].map(csvCell)).toEqual(['"-5"', '"0"', '""']);
  });
});
