import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_PATTERN, JoinResponseSchema, LeaderboardSchema, LiveMessageSchema, MeResponseSchema, TrainerClassSchema, type LiveMessage } from '../classroom/contract.ts';
import { DIMENSIONS } from '../engine/index.ts';
import { describePublishing } from './publishApi.suite.ts';
import { backdateAttempt, scenarioTestLog } from './testing/sessions.ts';
import type { TestDatabaseSource } from './testing/testDatabase.ts';
import { useTestServer } from './testing/useTestServer.ts';

/** The classroom API end to end, on whichever database the test file gives it. */
export function describeClassroomApi(makeSource: () => Promise<TestDatabaseSource>): void {
  const server = useTestServer(makeSource);
  const { api } = server;

  const createClass = async (body: object = { name: 'Corso RC auto', scenarios: ['rc-auto-renewal', 'angry-complainer'] }) => {
    const response = await api('POST', '/api/classes', { body });
    expect(response.status).toBe(201);
    return response.body as { classId: string; code: string; trainerToken: string };
  };
  const join = async (code: string, nickname: string) => {
    const response = await api('POST', `/api/classes/${code}/join`, { body: { nickname } });
    expect(response.status, response.text).toBe(201);
    return JoinResponseSchema.parse(response.body);
  };
  /** Starts an attempt dated as long ago as the chat lasted, then submits the log. */
  const play = async (code: string, token: string, log = scenarioTestLog('rc-auto-renewal', 0), idempotencyKey: string = crypto.randomUUID()) => {
    const attempt = await api('POST', `/api/classes/${code}/attempts`, { token, body: { scenario: log.scenario } });
    expect(attempt.status, attempt.text).toBe(201);
    await backdateAttempt(server.database, attempt.body.attemptId, (log.events.at(-1)?.at ?? 0) + 1000);
    return api('POST', `/api/classes/${code}/submissions`, { token, body: { idempotencyKey, attemptId: attempt.body.attemptId, log } });
  };

  describe('classes', () => {
    it('creates a class with a join code and a trainer token, and shows it by code', async () => {
      const created = await createClass();
      expect(created.code).toMatch(JOIN_CODE_PATTERN);
      expect(created.trainerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const info = await api('GET', `/api/classes/${created.code.toLowerCase()}`);
      expect(info.status).toBe(200);
      expect(info.body).toMatchObject({ code: created.code, name: 'Corso RC auto', locked: false, status: 'open', opensAt: null, closesAt: null });
      expect(info.body.scenarios.map((scenario: { id: string }) => scenario.id)).toEqual(['rc-auto-renewal', 'angry-complainer']);
    });

    it('refuses unknown scenarios, bad shapes and unknown codes', async () => {
      expect((await api('POST', '/api/classes', { body: { name: 'X', scenarios: ['no-such-thing'] } })).body.error).toBe('unknown-scenario');
      const invalid = await api('POST', '/api/classes', { body: { name: '', scenarios: [], extra: 1 } });
      expect(invalid.status).toBe(400);
      expect(invalid.body).toMatchObject({ error: 'invalid-request', message: expect.any(String) });
      expect((await api('GET', '/api/classes/ZZZZZZ')).status).toBe(404);
      expect((await api('GET', '/api/classes/not-a-code')).status).toBe(400);
    });
  });

  describe('trainees', () => {
    it('join, rejoin with their token (me), and keep nicknames unique per class', async () => {
      const created = await createClass();
      const joined = await join(created.code, '  Giulia\u200B  Rossi ');
      expect(joined.nickname).toBe('Giulia Rossi');
      expect(joined.class.status).toBe('open');
      const taken = await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'GIULIA ROSSI' } });
      expect(taken.status).toBe(409);
      expect(taken.body.error).toBe('nickname-taken');
      expect((await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'stronzo' } })).body.error).toBe('profane-nickname');
      expect((await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'x' } })).body.error).toBe('invalid-nickname');

      const me = await api('GET', `/api/classes/${created.code}/me`, { token: joined.rejoinToken });
      expect(me.status).toBe(200);
      expect(MeResponseSchema.parse(me.body)).toMatchObject({ traineeId: joined.traineeId, nickname: 'Giulia Rossi', rank: null, best: {}, attempts: {} });
      expect((await api('GET', `/api/classes/${created.code}/me`)).status).toBe(401);
      expect((await api('GET', `/api/classes/${created.code}/me`, { token: 'nope' })).status).toBe(403);
      const other = await createClass();
      expect((await api('GET', `/api/classes/${other.code}/me`, { token: joined.rejoinToken })).status).toBe(403);
    });
  });

  describe('submissions', () => {
    it('are replayed and scored by the server, and a resubmission counts once', async () => {
      const created = await createClass();
      const trainee = await join(created.code, 'Marco');
      const key = 'first-chat-0001' as const;
      const log = scenarioTestLog('rc-auto-renewal', 0);
      const first = await play(created.code, trainee.rejoinToken, log, key);
      expect(first.status, first.text).toBe(201);
      expect(first.body).toMatchObject({ submissionId: expect.any(String), outcome: 'resolved', rank: 1 });
      expect(first.body.total).toBeGreaterThanOrEqual(85);
      expect(first.body.report).toMatchObject({ scenario: 'rc-auto-renewal', total: first.body.total });

      const again = await api('POST', `/api/classes/${created.code}/submissions`, { token: trainee.rejoinToken, body: { idempotencyKey: key, attemptId: 'whatever', log } });
      expect(again.status).toBe(200);
      expect(again.body.submissionId).toBe(first.body.submissionId);
      const me = await api('GET', `/api/classes/${created.code}/me`, { token: trainee.rejoinToken });
      expect(me.body).toMatchObject({ rank: 1, best: { 'rc-auto-renewal': first.body.total }, attempts: { 'rc-auto-renewal': 1 } });
    });

    it('settle concurrent duplicates on the unique key: one stored, every answer the same', async () => {
      const created = await createClass();
      const trainee = await join(created.code, 'Sara');
      const log = scenarioTestLog('rc-auto-renewal', 0);
      const attempt = await api('POST', `/api/classes/${created.code}/attempts`, { token: trainee.rejoinToken, body: { scenario: log.scenario } });
      await backdateAttempt(server.database, attempt.body.attemptId, 60_000);
      const body = { idempotencyKey: 'same-key-123', attemptId: attempt.body.attemptId, log };
      const responses = await Promise.all(Array.from({ length: 5 }, () => api('POST', `/api/classes/${created.code}/submissions`, { token: trainee.rejoinToken, body })));
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(responses.map((response) => response.body.submissionId)).size).toBe(1);
      const rows = await server.database.query<{ n: number }>('select count(*)::int as n from submissions where trainee_id = $1', [trainee.traineeId]);
      expect(rows[0]!.n).toBe(1);
    });

    it('refuse a used attempt, an old scenario version and a scenario outside the class', async () => {
      const created = await createClass({ name: 'Solo RC', scenarios: ['rc-auto-renewal'] });
      const trainee = await join(created.code, 'Luca');
      const first = await play(created.code, trainee.rejoinToken);
      const reuse = await api('POST', `/api/classes/${created.code}/submissions`, {
        token: trainee.rejoinToken,
        body: {
          idempotencyKey: 'another-key-1',
          attemptId: (await server.database.query<{ attempt_id: string }>('select attempt_id from submissions where id = $1', [first.body.submissionId]))[0]!.attempt_id,
          log: scenarioTestLog('rc-auto-renewal', 0),
        },
      });
      expect(reuse.status).toBe(409);
      expect(reuse.body.error).toBe('attempt-used');
      const stale = await play(created.code, trainee.rejoinToken, { ...scenarioTestLog('rc-auto-renewal', 0), version: 'old' });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('scenario-version');
      const outside = await api('POST', `/api/classes/${created.code}/attempts`, { token: trainee.rejoinToken, body: { scenario: 'angry-complainer' } });
      expect(outside.status).toBe(400);
    });
  });

  describe('leaderboard and trainer', () => {
    it('rank trainees by the sum of their best totals; the trainer sees, renames, removes, locks and exports', async () => {
      const created = await createClass();
      const strong = await join(created.code, 'Forte');
      const weak = await join(created.code, '=Debole');
      const idle = await join(created.code, 'Assente');
      const strongResult = await play(created.code, strong.rejoinToken);
      const weakResult = await play(created.code, weak.rejoinToken, scenarioTestLog('rc-auto-renewal', 1));
      await play(created.code, weak.rejoinToken, scenarioTestLog('rc-auto-renewal', 1));
      expect(weakResult.body.total).toBeLessThan(strongResult.body.total);

      const board = LeaderboardSchema.parse((await api('GET', `/api/classes/${created.code}/leaderboard`)).body);
      expect(board.entries.map((entry) => [entry.rank, entry.nickname, entry.score, entry.attempts])).toEqual([
        [1, 'Forte', strongResult.body.total, 1],
        [2, '=Debole', weakResult.body.total, 2],
      ]);
      // One board per class scenario, in the class's order, and the latest score for the reveal.
      expect(board.scenarios.map((scenarioBoard) => [scenarioBoard.scenario, scenarioBoard.entries.map((entry) => [entry.rank, entry.nickname, entry.score])])).toEqual([
        [
          'rc-auto-renewal',
          [
            [1, 'Forte', strongResult.body.total],
            [2, '=Debole', weakResult.body.total],
          ],
        ],
        ['angry-complainer', []],
      ]);
      expect(board.latest).toMatchObject({ scenario: 'rc-auto-renewal', nickname: '=Debole', total: weakResult.body.total });
      const hidden = LeaderboardSchema.parse((await api('GET', `/api/classes/${created.code}/leaderboard?top=1&hideNames=1`)).body);
      expect(hidden.entries).toEqual([{ rank: 1, nickname: null, score: strongResult.body.total, attempts: 1 }]);
      expect(hidden.scenarios[0]!.entries).toEqual([{ rank: 1, nickname: null, score: strongResult.body.total, attempts: 1 }]);
      expect(hidden.latest?.nickname).toBeNull();

      const trainer = (method: 'GET' | 'PATCH' | 'DELETE', path: string, body?: object) =>
        api(method, `/api/trainer/classes/${created.classId}${path}`, { token: created.trainerToken, ...(body ? { body } : {}) });
      const view = TrainerClassSchema.parse((await trainer('GET', '')).body);
      expect(view.trainees.map((trainee) => trainee.nickname)).toEqual(['Forte', '=Debole', 'Assente']);
      expect(view.trainees[1]!.perScenario).toEqual({ 'rc-auto-renewal': { best: weakResult.body.total, attempts: 2 } });
      expect(view.submissions).toHaveLength(3);
      expect(Object.keys(view.submissions[0]!.dimensions).sort()).toEqual([...DIMENSIONS].sort());
      // Who is where, the class's averages per dimension and what it gets wrong most often.
      expect(view.trainees.map((trainee) => trainee.status)).toEqual(['submitted', 'submitted', 'joined']);
      expect(view.averages.sessions).toBe(3);
      expect(view.averages.dimensions.map((entry) => entry.dimension)).toEqual([...DIMENSIONS]);
      expect(view.averages.total).toBeCloseTo((strongResult.body.total + 2 * weakResult.body.total) / 3, 1);
      expect(view.commonFindings.length).toBeGreaterThan(0);
      expect(view.commonFindings.length).toBeLessThanOrEqual(5);
      expect(view.commonFindings[0]!.example.nickname).toMatch(/^(Forte|=Debole)$/);
      expect(view.commonFindings.map((entry) => entry.count)).toEqual(view.commonFindings.map((entry) => entry.count).sort((a, b) => b - a));
      const starting = await api('POST', `/api/classes/${created.code}/attempts`, { token: idle.rejoinToken, body: { scenario: 'rc-auto-renewal' } });
      expect(starting.status).toBe(201);
      expect(TrainerClassSchema.parse((await trainer('GET', '')).body).trainees[2]!.status).toBe('playing');
      const detail = await trainer('GET', `/submissions/${strongResult.body.submissionId}`);
      expect(detail.body.log.events.length).toBeGreaterThan(0);
      expect(detail.body.report.total).toBe(strongResult.body.total);

      // The trainer's rename bypasses the filter, still normalises, and respects uniqueness.
      expect((await trainer('PATCH', `/trainees/${idle.traineeId}`, { nickname: 'Forte' })).status).toBe(409);
      expect((await trainer('PATCH', `/trainees/${idle.traineeId}`, { nickname: ' Merda\u202E ' })).body).toEqual({ traineeId: idle.traineeId, nickname: 'Merda' });
      expect((await trainer('DELETE', `/trainees/${strong.traineeId}`)).status).toBe(204);
      expect((await api('GET', `/api/classes/${created.code}/leaderboard`)).body.entries.map((entry: { nickname: string }) => entry.nickname)).toEqual(['=Debole']);
      expect((await api('GET', `/api/classes/${created.code}/me`, { token: strong.rejoinToken })).body.error).toBe('removed');
      expect((await trainer('GET', '')).body.trainees).toHaveLength(2);
      expect((await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'forte' } })).body.error).toBe('nickname-removed');

      const log = scenarioTestLog('rc-auto-renewal', 0);
      const pending = await api('POST', `/api/classes/${created.code}/attempts`, { token: weak.rejoinToken, body: { scenario: log.scenario } });
      await backdateAttempt(server.database, pending.body.attemptId, 60_000);
      const locked = await trainer('PATCH', '', { locked: true });
      expect(locked.body.class.status).toBe('locked');
      expect((await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'Tardi' } })).body.error).toBe('class-not-open');
      const lateSubmission = await api('POST', `/api/classes/${created.code}/submissions`, {
        token: weak.rejoinToken,
        body: { idempotencyKey: 'during-lock', attemptId: pending.body.attemptId, log },
      });
      expect([lateSubmission.status, lateSubmission.body.error]).toEqual([403, 'class-not-open']);
      expect((await api('GET', `/api/classes/${created.code}/me`, { token: weak.rejoinToken })).status).toBe(200);
      expect((await trainer('PATCH', '', { locked: false, profanityFilter: false })).body).toMatchObject({ profanityFilter: false, class: { status: 'open' } });
      expect((await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'Cazzone' } })).status).toBe(201);

      const csv = await trainer('GET', '/export.csv');
      expect(csv.status).toBe(200);
      expect(String(csv.headers['content-type'])).toContain('text/csv');
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(`"nickname","scenario","attempts","best_total",${DIMENSIONS.map((dimension) => `"${dimension}"`).join(',')},"last_submission_at"`);
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^"'=Debole","rc-auto-renewal","2","${weakResult.body.total}",`)));
      expect(lines).toContainEqual(
        `"'=Debole","angry-complainer","0",${Array(DIMENSIONS.length + 2)
          .fill('""')
          .join(',')}`,
      );

      const statements = (await trainer('GET', '/export.xapi')).body as any[];
      expect(statements).toHaveLength(4);
      const completed = statements.find((statement) => statement.verb.id.endsWith('/completed'));
      expect(completed.result.score).toBeUndefined();
      const verdict = statements.find((statement) => statement.verb.id.endsWith('/failed') || statement.verb.id.endsWith('/passed'));
      expect(verdict.version).toBeUndefined();
      expect(verdict).toMatchObject({
        actor: { name: '=Debole', account: { homePage: 'http://localhost', name: weak.traineeId } },
        object: { id: 'http://localhost/xapi/scenarios/rc-auto-renewal' },
        result: { score: { raw: weakResult.body.total, scaled: weakResult.body.total / 100, min: 0, max: 100 }, success: false },
      });
      expect(Object.keys(verdict.result.extensions)).toContain('http://localhost/xapi/extensions/dimensions/greeting');
      const again = (await trainer('GET', '/export.xapi')).body as any[];
      expect(again.map((statement) => statement.id)).toEqual(statements.map((statement) => statement.id));
      expect(new Set(statements.map((statement) => statement.id)).size).toBe(4);
    });
  });

  describe('live', () => {
    it('pushes the lobby and leaderboard on connect, a join at once, a score after a submission, and the class when it is locked', async () => {
      const created = await createClass();
      const trainee = await join(created.code, 'In diretta');
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const socket = new WebSocket(`ws://127.0.0.1:${(server.app.server.address() as AddressInfo).port}/api/classes/${created.code}/live?hideNames=1`);
      const received: LiveMessage[] = [];
      const waiters: (() => void)[] = [];
      socket.on('message', (data) => {
        received.push(LiveMessageSchema.parse(JSON.parse(String(data))));
        waiters.splice(0).forEach((wake) => wake());
      });
      const until = async (found: () => boolean) => {
        while (!found()) await new Promise<void>((resolve) => waiters.push(resolve));
      };
      await until(() => received.some((message) => message.type === 'leaderboard'));
      expect(received).toEqual([
        { type: 'lobby', lobby: { count: 1, trainees: [{ nickname: null, joinedAt: expect.any(String) }] } },
        expect.objectContaining({ type: 'leaderboard', leaderboard: expect.objectContaining({ code: created.code, entries: [] }) }),
      ]);

      // A join reaches the room before any score, without the name behind hideNames.
      await join(created.code, 'Appena arrivata');
      await until(() => received.some((message) => message.type === 'lobby' && message.lobby.count === 2));
      expect(JSON.stringify(received)).not.toContain('Appena arrivata');

      const result = await play(created.code, trainee.rejoinToken);
      await until(() => received.some((message) => message.type === 'leaderboard' && message.leaderboard.entries.length === 1));
      expect(received.at(-1)).toMatchObject({ type: 'leaderboard', leaderboard: { entries: [{ rank: 1, nickname: null, score: result.body.total }] } });

      await api('PATCH', `/api/trainer/classes/${created.classId}`, { token: created.trainerToken, body: { locked: true } });
      await until(() => received.some((message) => message.type === 'class'));
      expect(received.find((message) => message.type === 'class')).toMatchObject({ class: { status: 'locked' } });
      socket.terminate();
    });
  });

  describe('class windows', () => {
    it('refuse joins before opening and submissions after closing, but keep me working', async () => {
      const future = new Date(Date.now() + 3_600_000).toISOString();
      const early = await createClass({ name: 'Domani', scenarios: ['rc-auto-renewal'], opensAt: future });
      expect((await api('GET', `/api/classes/${early.code}`)).body.status).toBe('not-yet-open');
      expect((await api('POST', `/api/classes/${early.code}/join`, { body: { nickname: 'Presto' } })).status).toBe(403);

      const created = await createClass({ name: 'Oggi', scenarios: ['rc-auto-renewal'] });
      const trainee = await join(created.code, 'Puntuale');
      const closed = await api('PATCH', `/api/trainer/classes/${created.classId}`, { token: created.trainerToken, body: { closesAt: new Date(Date.now() - 1000).toISOString() } });
      expect(closed.body.class.status).toBe('closed');
      const attempt = await api('POST', `/api/classes/${created.code}/attempts`, { token: trainee.rejoinToken, body: { scenario: 'rc-auto-renewal' } });
      expect(attempt.body.error).toBe('class-not-open');
      expect((await api('GET', `/api/classes/${created.code}/me`, { token: trainee.rejoinToken })).body.class.status).toBe('closed');
    });
  });

  describe('published scenarios', () => describePublishing(server));
}
