import { describe, expect, it } from 'vitest';
import { TrainerClassSchema } from '../classroom/contract.ts';
import { backdateAttempt, scenarioTestLog } from './testing/sessions.ts';
import { useTestServer } from './testing/useTestServer.ts';

const server = useTestServer();
const { api } = server;

const createClass = async (name = 'Igiene') => {
  const response = await api('POST', '/api/classes', { body: { name, scenarios: ['rc-auto-renewal'] } });
  expect(response.status, response.text).toBe(201);
  return response.body as { classId: string; code: string; trainerToken: string };
};
const join = (code: string, nickname: string) => api('POST', `/api/classes/${code}/join`, { body: { nickname } });
const joined = async (code: string, nickname: string) => {
  const response = await join(code, nickname);
  expect(response.status, response.text).toBe(201);
  return response.body as { traineeId: string; nickname: string; rejoinToken: string };
};

describe('text PostgreSQL cannot store', () => {
  const expectRefused = (response: { status: number; body: any }, where: string) => {
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid-text', message: expect.stringContaining(where) });
  };

  it('is refused with 400 in a class name, a nickname, a rename and a key', async () => {
    expectRefused(await api('POST', '/api/classes', { body: { name: 'Aula\u0000', scenarios: ['rc-auto-renewal'] } }), 'name contains a NUL');
    const classroom = await createClass();
    expectRefused(await join(classroom.code, 'Anna\u0000'), 'nickname contains a NUL');
    expectRefused(await join(classroom.code, 'Anna\uD800'), 'nickname contains half of a surrogate pair');
    expectRefused(await join(classroom.code, 'Anna\uDC00x'), 'surrogate');
    const trainee = await joined(classroom.code, 'Anna');
    expectRefused(await api('PATCH', `/api/trainer/classes/${classroom.classId}/trainees/${trainee.traineeId}`, { token: classroom.trainerToken, body: { nickname: 'B\u0000' } }), 'nickname');
    expectRefused(await api('POST', `/api/classes/${classroom.code}/join`, { body: { ['nick\u0000']: 'x' } }), 'has a key that contains a NUL');
    // A well-formed pair is an emoji, not a problem.
    expect((await join(classroom.code, 'Anna 😀')).status).toBe(201);
  });

  it('is refused in a reply before any other check or any scoring', async () => {
    const classroom = await createClass();
    const trainee = await joined(classroom.code, 'Bruno');
    const log = scenarioTestLog('rc-auto-renewal', 0);
    const spoil = (at: number, text: (original: string) => string) => ({
      ...log,
      events: log.events.map((event, index) => (index === at && 'text' in event ? { ...event, text: text(event.text) } : event)),
    });
    const poisoned = spoil(1, (text) => `${text}\uD83D`);
    // An unknown attempt would be 422; the text is refused first.
    const unknownAttempt = await api('POST', `/api/classes/${classroom.code}/submissions`, {
      token: trainee.rejoinToken,
      body: { idempotencyKey: 'poisoned-1', attemptId: 'no-such-attempt', log: poisoned },
    });
    expectRefused(unknownAttempt, 'log.events.1.text contains half of a surrogate pair');

    const attempt = await api('POST', `/api/classes/${classroom.code}/attempts`, { token: trainee.rejoinToken, body: { scenario: log.scenario } });
    await backdateAttempt(server.database, attempt.body.attemptId, 300_000);
    const withNul = spoil(0, (text) => `\u0000${text}`);
    expectRefused(
      await api('POST', `/api/classes/${classroom.code}/submissions`, { token: trainee.rejoinToken, body: { idempotencyKey: 'poisoned-2', attemptId: attempt.body.attemptId, log: withNul } }),
      'log.events.0.text contains a NUL',
    );
    const stored = await server.database.query<{ n: number }>('select count(*)::int as n from submissions where trainee_id = $1', [trainee.traineeId]);
    expect(stored[0]!.n).toBe(0);
    expect(
      (await api('POST', `/api/classes/${classroom.code}/submissions`, { token: trainee.rejoinToken, body: { idempotencyKey: 'clean-key-1', attemptId: attempt.body.attemptId, log } })).status,
    ).toBe(201);
  });
});

describe('class names', () => {
  it('are normalised like nicknames, and refused when nothing visible is left', async () => {
    const classroom = await createClass('  Corso\u200B  RC\u202E auto\u2069 ');
    expect((await api('GET', `/api/classes/${classroom.code}`)).body.name).toBe('Corso RC auto');
    expect((await api('GET', `/api/trainer/classes/${classroom.classId}`, { token: classroom.trainerToken })).body.class.name).toBe('Corso RC auto');
    for (const name of ['', '   ', '\u200B\u2066\u2069', '\u00AD\u3164']) {
      const refused = await api('POST', '/api/classes', { body: { name, scenarios: ['rc-auto-renewal'] } });
      expect(refused.status, JSON.stringify(name)).toBe(400);
      expect(refused.body).toMatchObject({ error: 'invalid-class-name', message: expect.stringContaining('no visible characters') });
    }
    expect((await api('POST', '/api/classes', { body: { name: 'x'.repeat(81), scenarios: ['rc-auto-renewal'] } })).body.error).toBe('invalid-class-name');
  });
});

describe('nicknames that pass for another', () => {
  it('are the same nickname: a look-alike of a member is taken, and a mixed word is refused with the reason', async () => {
    const classroom = await createClass();
    await joined(classroom.code, 'Mario');
    const cyrillic = await join(classroom.code, '\u041C\u0430rio');
    expect([cyrillic.status, cyrillic.body.error]).toEqual([409, 'nickname-taken']);
    const fullwidth = await join(classroom.code, 'ＭＡＲＩＯ');
    expect([fullwidth.status, fullwidth.body.error]).toEqual([409, 'nickname-taken']);
    await joined(classroom.code, 'Ana');
    expect((await join(classroom.code, '\u0410\u043F\u0430')).body.error).toBe('nickname-taken');

    const mixed = await join(classroom.code, '\u041C\u0430ria');
    expect(mixed.status).toBe(400);
    expect(mixed.body).toMatchObject({ error: 'mixed-script-nickname', message: expect.stringContaining('mixes alphabets') });
    expect((await joined(classroom.code, 'Мария')).nickname).toBe('Мария');
    expect((await joined(classroom.code, '👩\u200D💻 Dev')).nickname).toBe('👩\u200D💻 Dev');
  });
});

describe('a removed trainee', () => {
  it('cannot come back with their token or their nickname until the trainer readmits them', async () => {
    const classroom = await createClass();
    const trainer = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: object) =>
      api(method, `/api/trainer/classes/${classroom.classId}${path}`, { token: classroom.trainerToken, ...(body ? { body } : {}) });
    const giulia = await joined(classroom.code, 'Giulia');
    const other = await joined(classroom.code, 'Paolo');
    expect((await trainer('DELETE', `/trainees/${giulia.traineeId}`)).status).toBe(204);

    expect((await api('GET', `/api/classes/${classroom.code}/me`, { token: giulia.rejoinToken })).body.error).toBe('removed');
    for (const nickname of ['Giulia', 'GIULIA', ' giulia\u200B']) {
      const again = await join(classroom.code, nickname);
      expect([again.status, again.body.error], nickname).toEqual([403, 'nickname-removed']);
      expect(again.body.message).toContain('only the trainer');
    }
    const view = TrainerClassSchema.parse((await trainer('GET', '')).body);
    expect(view.trainees.map((trainee) => trainee.nickname)).toEqual(['Paolo']);
    expect(view.removed).toEqual([{ traineeId: giulia.traineeId, nickname: 'Giulia', removedAt: expect.any(String) }]);

    expect((await trainer('POST', `/trainees/${giulia.traineeId}/readmit`)).body).toEqual({ traineeId: giulia.traineeId, nickname: 'Giulia' });
    expect((await api('GET', `/api/classes/${classroom.code}/me`, { token: giulia.rejoinToken })).body.nickname).toBe('Giulia');
    expect(TrainerClassSchema.parse((await trainer('GET', '')).body).removed).toEqual([]);
    expect((await join(classroom.code, 'Giulia')).body.error).toBe('nickname-taken');
    expect((await trainer('POST', `/trainees/${giulia.traineeId}/readmit`)).status).toBe(404);

    // Readmitting finds the nickname given to someone else meanwhile: the trainer renames first.
    expect((await trainer('DELETE', `/trainees/${giulia.traineeId}`)).status).toBe(204);
    expect((await trainer('PATCH', `/trainees/${other.traineeId}`, { nickname: 'Giulia' })).status).toBe(200);
    const clash = await trainer('POST', `/trainees/${giulia.traineeId}/readmit`);
    expect([clash.status, clash.body.error]).toEqual([409, 'nickname-taken']);
  });
});
