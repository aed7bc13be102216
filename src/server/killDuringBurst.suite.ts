import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionLog } from '../engine/index.ts';
import { scenarioTestLog } from './testing/sessions.ts';
import { startSupervisedServer, type HttpAnswer, type SupervisedServer } from './testing/supervisedServer.ts';

const TRAINEES = 8;
const ATTEMPTS_EACH = 5;
const IN_FLIGHT = 8;
const KILL_AFTER = 10;

/** The database a supervised server runs on: the environment that points it there. */
export interface ServerDatabase {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * The server killed with SIGKILL in the middle of a burst of submissions, on whichever database
 * the test file gives it. Acknowledged means answered 201: every one of those is there after the
 * restart, and the ones left unanswered, sent again under their keys as the outbox does, count
 * once each.
 */
export function describeKillDuringBurst(makeDatabase: () => Promise<ServerDatabase>): void {
  let database: ServerDatabase;
  let server: SupervisedServer;

  beforeAll(async () => {
    database = await makeDatabase();
    server = await startSupervisedServer(database.env);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await database?.dispose();
  }, 60_000);

  it('loses no acknowledged submission, and counts none twice', async () => {
    const first = await server.serving(1);
    const created = (await server.request('POST', '/api/classes', { body: { name: 'Raffica', scenarios: ['rc-auto-renewal'] } })).body as { classId: string; code: string; trainerToken: string };
    const base = scenarioTestLog('rc-auto-renewal', 0);
    // One quick reply: short enough to fit the time since its attempt started, without waiting.
    const logFor = (index: number): SessionLog => ({ ...base, seed: index + 1, events: [{ at: 1900, text: 'Buongiorno, come posso aiutarla?' }] });
    const submissions: { token: string; body: { idempotencyKey: string; attemptId: string; log: SessionLog } }[] = [];
    for (let trainee = 0; trainee < TRAINEES; trainee++) {
      const joined = await server.request('POST', `/api/classes/${created.code}/join`, { body: { nickname: `Allievo ${trainee + 1}` } });
      const token: string = joined.body.rejoinToken;
      for (let attempt = 0; attempt < ATTEMPTS_EACH; attempt++) {
        const started = await server.request('POST', `/api/classes/${created.code}/attempts`, { token, body: { scenario: 'rc-auto-renewal' } });
        submissions.push({ token, body: { idempotencyKey: crypto.randomUUID(), attemptId: started.body.attemptId, log: logFor(submissions.length) } });
      }
    }
    const submit = (submission: (typeof submissions)[number]) => server.request('POST', `/api/classes/${created.code}/submissions`, submission);

    const acknowledged = new Map<string, string>();
    const unanswered: typeof submissions = [];
    let next = 0;
    const sender = async () => {
      while (next < submissions.length) {
        const submission = submissions[next++]!;
        let answer: HttpAnswer;
        try {
          answer = await submit(submission);
        } catch {
          // No answer: the server died under this request, or was not there to take it.
          unanswered.push(submission);
          continue;
        }
        expect(answer.status, JSON.stringify(answer.body)).toBe(201);
        acknowledged.set(submission.body.idempotencyKey, answer.body.submissionId);
        if (acknowledged.size === KILL_AFTER) process.kill(first, 'SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(unanswered.length).toBeGreaterThan(0);

    await server.serving(2);
    const trainerView = async () =>
      new Set(
        ((await server.request('GET', `/api/trainer/classes/${created.classId}`, { token: created.trainerToken })).body.submissions as { submissionId: string }[]).map(
          (submission) => submission.submissionId,
        ),
      );
    const stored = await trainerView();
    for (const submissionId of acknowledged.values()) expect(stored).toContain(submissionId);

    // A request cut by the kill may have been stored without its answer: sent again, it is 200.
    for (const submission of unanswered) {
      const answer = await submit(submission);
      expect([200, 201], JSON.stringify(answer.body)).toContain(answer.status);
      acknowledged.set(submission.body.idempotencyKey, answer.body.submissionId);
    }
    expect(acknowledged.size).toBe(submissions.length);
    expect(await trainerView()).toEqual(new Set(acknowledged.values()));
  }, 120_000);
}
