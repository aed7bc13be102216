import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClassInfoSchema, PublishScenarioResponseSchema, ScenarioRefusalSchema, ScenarioTextSchema, TrainerClassSchema } from '../classroom/contract.ts';
import { trainerScenarioText, textTestLog, textTestReport } from './testing/publishedTexts.ts';
import { backdateAttempt } from './testing/sessions.ts';
import type { TestServer } from './testing/useTestServer.ts';

/** Publishing a scenario to a class, end to end on the suite's database. */
export function describePublishing(server: TestServer): void {
  const { api } = server;

  const setUp = async () => {
    const created = (await api('POST', '/api/classes', { body: { name: 'Aula aziendale', scenarios: ['rc-auto-renewal'] } })).body as { classId: string; code: string; trainerToken: string };
    const joined = await api('POST', `/api/classes/${created.code}/join`, { body: { nickname: 'Chiara' } });
    expect(joined.status, joined.text).toBe(201);
    const publish = (text: string, file = 'aurora.yaml', token = created.trainerToken) => api('POST', `/api/trainer/classes/${created.classId}/scenarios`, { token, body: { file, text } });
    return { ...created, publish, traineeToken: joined.body.rejoinToken as string };
  };
  /** Starts a chat as the trainee would, naming the text it read (or not), dated back far enough for the log. */
  const start = async (code: string, token: string, scenario: string, hash?: string) => api('POST', `/api/classes/${code}/attempts`, { token, body: { scenario, ...(hash ? { hash } : {}) } });
  const submit = async (code: string, token: string, attemptId: string, log: object) => {
    await backdateAttempt(server.database, attemptId, 600_000);
    return api('POST', `/api/classes/${code}/submissions`, { token, body: { idempotencyKey: crypto.randomUUID(), attemptId, log } });
  };

  describe('publishing', () => {
    it('adds a valid scenario to the class: trainees see it in the list and fetch its text by hash', async () => {
      const room = await setUp();
      const text = trainerScenarioText('rinnovo-aziendale', 'Rinnovo per la nostra agenzia');
      const published = await room.publish(text);
      expect(published.status, published.text).toBe(201);
      const { published: revision, created } = PublishScenarioResponseSchema.parse(published.body);
      expect(created).toBe(true);
      expect(revision).toMatchObject({ id: 'rinnovo-aziendale', title: 'Rinnovo per la nostra agenzia', revision: 1, current: true });
      expect(revision.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));

      const me = await api('GET', `/api/classes/${room.code}/me`, { token: room.traineeToken });
      const scenarios = ClassInfoSchema.parse(me.body.class).scenarios;
      expect(scenarios.map((scenario) => scenario.id)).toEqual(['rc-auto-renewal', 'rinnovo-aziendale']);
      expect(scenarios[0]!.published).toBeNull();
      expect(scenarios[1]).toMatchObject({ title: 'Rinnovo per la nostra agenzia', channel: 'live-chat', difficulty: 2, locale: 'it', published: { hash: revision.hash, revision: 1 } });
      expect(scenarios[1]!.brief).toContain('Assicurazioni Aurora');

      const fetched = await api('GET', `/api/classes/${room.code}/scenarios/${revision.hash}`, { token: room.traineeToken });
      expect(ScenarioTextSchema.parse(fetched.body)).toEqual({ id: 'rinnovo-aziendale', hash: revision.hash, file: 'aurora.yaml', text });
      expect((await api('GET', `/api/classes/${room.code}/scenarios/${revision.hash}`)).status).toBe(401);
      const other = await setUp();
      expect((await api('GET', `/api/classes/${other.code}/scenarios/${revision.hash}`, { token: other.traineeToken })).status).toBe(404);

      // The same text again is no new version.
      const again = await room.publish(text);
      expect([again.status, again.body.created, again.body.published.revision]).toEqual([200, false, 1]);
    });

    it('is for the trainer token of that class only', async () => {
      const room = await setUp();
      const other = await setUp();
      const text = trainerScenarioText('solo-formatore', 'Solo il formatore');
      expect((await api('POST', `/api/trainer/classes/${room.classId}/scenarios`, { body: { file: 'a.yaml', text } })).status).toBe(401);
      expect((await room.publish(text, 'a.yaml', room.traineeToken)).status).toBe(403);
      expect((await room.publish(text, 'a.yaml', other.trainerToken)).status).toBe(403);
      expect((await api('GET', `/api/classes/${room.code}`)).body.scenarios).toHaveLength(1);
    });

    it('refuses a bad file with 422 and its problems by line and column, never a stack trace', async () => {
      const room = await setUp();
      const broken = trainerScenarioText('rotto', 'Rotto')
        .replace(/^difficulty: 2$/m, 'difficulty: nove')
        .replace(/^channel: live-chat$/m, 'channel: live-chat\n  oops: [1');
      // A file name cannot disguise itself with bidirectional or control characters.
      const refused = await room.publish(broken, 'rotto\u202E.yaml\u0007');
      expect(refused.status).toBe(422);
      const body = ScenarioRefusalSchema.parse(refused.body);
      expect(body.problems.length).toBeGreaterThan(0);
      for (const problem of body.problems) {
        expect(problem.file).toBe('rotto.yaml');
        expect(problem.line).toBeGreaterThan(0);
        expect(problem.column).toBeGreaterThan(0);
      }
      expect(body.message).toMatch(/rotto\.yaml:\d+:\d+: /);
      expect(refused.text).not.toMatch(/\n\s+at /);

      const shapeOnly = await room.publish(trainerScenarioText('rotto', 'Rotto').replace(/^difficulty: 2$/m, 'difficulty: nove'), 'forma.yaml');
      const line =
        trainerScenarioText('rotto', 'Rotto')
          .split('\n')
          .findIndex((text) => text.startsWith('difficulty:')) + 1;
      expect(ScenarioRefusalSchema.parse(shapeOnly.body).problems).toContainEqual(expect.objectContaining({ file: 'forma.yaml', line, column: expect.any(Number) }));
      expect((await api('GET', `/api/classes/${room.code}`)).body.scenarios).toHaveLength(1);
    });

    it('refuses hostile YAML as a problem of the file: an alias bomb, deep nesting, too many characters', async () => {
      const room = await setUp();
      const levels = Array.from({ length: 9 }, (_, index) => `l${index + 1}: &l${index + 1} [${Array(10).fill(`*l${index}`).join(', ')}]`);
      const bomb = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels].join('\n');
      const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
      const huge = `# ${'x'.repeat(200_001)}`;
      for (const [file, text] of [
        ['bomba.yaml', bomb],
        ['profondo.yaml', deep],
        ['enorme.yaml', huge],
      ] as const) {
        const refused = await room.publish(text, file);
        expect(refused.status, file).toBe(422);
        const { problems } = ScenarioRefusalSchema.parse(refused.body);
        expect(problems.length).toBeGreaterThan(0);
        expect(problems.every((problem) => problem.file === file)).toBe(true);
      }
      expect((await api('GET', '/healthz')).status).toBe(200);
      // The route's own body limit is above the server's 256 kB: a long text of accented letters is read...
      const accented = await room.publish(`# ${'è'.repeat(150_000)}`, 'accenti.yaml');
      expect([accented.status, accented.body.error]).toEqual([422, 'invalid-scenario']);
      // ...and past it the request is not even read.
      expect((await room.publish(`# ${'x'.repeat(1_100_000)}`, 'troppo.yaml')).status).toBe(413);
      expect((await room.publish(trainerScenarioText('dopo-le-bombe', 'Dopo le bombe'))).status).toBe(201);
    });

    it('refuses the id of a bundled scenario', async () => {
      const room = await setUp();
      const refused = await room.publish(trainerScenarioText('rc-auto-renewal', 'La mia copia'));
      expect([refused.status, refused.body.error]).toEqual([409, 'bundled-scenario-id']);
    });
  });

  describe('versions', () => {
    it('a new text of the same id is the next revision; a chat is scored on the text it started on', async () => {
      const room = await setUp();
      const first = trainerScenarioText('aziendale', 'Prima versione');
      const second = trainerScenarioText('aziendale', 'Seconda versione');
      const one = PublishScenarioResponseSchema.parse((await room.publish(first)).body).published;

      // A chat starts on revision 1, then the trainer publishes revision 2.
      const early = await start(room.code, room.traineeToken, 'aziendale', one.hash);
      expect(early.status, early.text).toBe(201);
      const published = await room.publish(second);
      expect(published.status).toBe(201);
      const two = PublishScenarioResponseSchema.parse(published.body).published;
      expect([two.revision, two.current, two.hash === one.hash]).toEqual([2, true, false]);

      // New chats get revision 2; one asking for revision 1 is told to reload.
      const me = ClassInfoSchema.parse((await api('GET', `/api/classes/${room.code}/me`, { token: room.traineeToken })).body.class);
      expect(me.scenarios.find((scenario) => scenario.id === 'aziendale')).toMatchObject({ title: 'Seconda versione', published: { revision: 2, hash: two.hash } });
      expect((await start(room.code, room.traineeToken, 'aziendale', one.hash)).body.error).toBe('scenario-version');

      // The early chat, played on revision 1, is scored on revision 1.
      const scored = await submit(room.code, room.traineeToken, early.body.attemptId, textTestLog(first, 0));
      expect(scored.status, scored.text).toBe(201);
      expect(scored.body.report).toEqual(JSON.parse(JSON.stringify(textTestReport(first, 0))));
      // A chat started now is on revision 2: a log of revision 1 does not fit it.
      const late = await start(room.code, room.traineeToken, 'aziendale');
      expect((await submit(room.code, room.traineeToken, late.body.attemptId, textTestLog(first, 1))).body.error).toBe('scenario-version');
      const lateScored = await submit(room.code, room.traineeToken, late.body.attemptId, textTestLog(second, 1));
      expect(lateScored.status, lateScored.text).toBe(201);
      expect(lateScored.body.total).toBe(textTestReport(second, 1).total);

      // The dashboard lists both revisions and each submission's text; the trainer can read either text.
      const view = TrainerClassSchema.parse((await api('GET', `/api/trainer/classes/${room.classId}`, { token: room.trainerToken })).body);
      expect(view.published.map((revision) => [revision.id, revision.revision, revision.current])).toEqual([
        ['aziendale', 2, true],
        ['aziendale', 1, false],
      ]);
      expect(view.submissions.map((submission) => submission.scenarioHash)).toEqual([one.hash, two.hash]);
      expect(view.trainees[0]!.perScenario).toEqual({ aziendale: { best: Math.max(scored.body.total, lateScored.body.total), attempts: 2 } });
      const oldText = await api('GET', `/api/trainer/classes/${room.classId}/scenarios/${one.hash}`, { token: room.trainerToken });
      expect(oldText.body.text).toBe(first);
      // The projector's board has the published scenario beside the bundled one.
      const board = (await api('GET', `/api/classes/${room.code}/leaderboard`)).body;
      expect(board.scenarios.map((entry: { scenario: string }) => entry.scenario)).toEqual(['rc-auto-renewal', 'aziendale']);
      expect(board.latest).toMatchObject({ scenario: 'aziendale', total: lateScored.body.total });
      // The exports name it as the class does now.
      const statements = (await api('GET', `/api/trainer/classes/${room.classId}/export.xapi`, { token: room.trainerToken })).body as { object: { definition: { name: { it: string } } } }[];
      expect(new Set(statements.map((statement) => statement.object.definition.name.it))).toEqual(new Set(['Seconda versione']));
      const csv = await api('GET', `/api/trainer/classes/${room.classId}/export.csv`, { token: room.trainerToken });
      expect(csv.text).toContain(`"Chiara","aziendale","2","${Math.max(scored.body.total, lateScored.body.total)}"`);
    });
  });
}
