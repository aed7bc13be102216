import type { FastifyInstance } from 'fastify';
import { RenameTraineeRequestSchema, UpdateClassRequestSchema } from '../../classroom/contract.ts';
import { checkNickname } from '../classroom/nickname.ts';
import { findClassById, updateClass } from '../store/classes.ts';
import { findSubmissionWithLog, listSubmissions } from '../store/submissions.ts';
import { findTrainee, listTrainees, readmitTrainee, removeTrainee, renameTrainee } from '../store/trainees.ts';
import type { ApiContext } from './context.ts';
import { ApiError, parse } from './errors.ts';
import { exportCsv } from './exports/csv.ts';
import { exportOrigin } from './exports/exportOrigin.ts';
import { lastEventTimes } from './exports/lastEvents.ts';
import { exportXapi } from './exports/xapi.ts';
import { classInfoOf } from './classInfoView.ts';
import { IdSchema, trainerClass, type ClassParams } from './trainerAuth.ts';
import { trainerSubmission, trainerView } from './trainerView.ts';

type TraineeParams = { Params: { classId: string; traineeId: string } };
type SubmissionParams = { Params: { classId: string; submissionId: string } };

const dateOrNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));

/** The trainer's view and controls of one class, and its exports. */
export function registerTrainerRoutes(app: FastifyInstance, context: ApiContext): void {
  const base = '/api/trainer/classes/:classId';

  app.get<ClassParams>(base, async (request) => trainerView(context, await trainerClass(context, request)));

  app.patch<ClassParams>(base, async (request) => {
    const body = parse(UpdateClassRequestSchema, request.body);
    const row = await trainerClass(context, request);
    const opensAt = dateOrNull(body.opensAt);
    const closesAt = dateOrNull(body.closesAt);
    const finalOpens = opensAt === undefined ? row.opens_at : opensAt;
    const finalCloses = closesAt === undefined ? row.closes_at : closesAt;
    if (finalOpens && finalCloses && finalCloses <= finalOpens) throw new ApiError(400, 'invalid-request', 'closesAt must be after opensAt.');
    await updateClass(context.db, row.id, { locked: body.locked, profanityFilter: body.profanityFilter, opensAt, closesAt });
    return trainerView(context, (await findClassById(context.db, row.id))!);
  });

  app.get<SubmissionParams>(`${base}/submissions/:submissionId`, async (request) => {
    const row = await trainerClass(context, request);
    const submission = await findSubmissionWithLog(context.db, row.id, parse(IdSchema, request.params.submissionId));
    if (!submission) throw new ApiError(404, 'submission-not-found', 'No such submission in this class.');
    return { submission: trainerSubmission(submission), report: submission.report, log: submission.log };
  });

  app.patch<TraineeParams>(`${base}/trainees/:traineeId`, async (request) => {
    const body = parse(RenameTraineeRequestSchema, request.body);
    const row = await trainerClass(context, request);
    const trainee = await findTrainee(context.db, row.id, parse(IdSchema, request.params.traineeId));
    if (!trainee || trainee.removed) throw new ApiError(404, 'trainee-not-found', 'No such trainee in this class.');
    // The trainer's choice overrides the profanity filter; the text is still normalised.
    const checked = checkNickname(body.nickname, { filter: false });
    if (!checked.ok) throw new ApiError(400, checked.error, checked.message);
    if (!(await renameTrainee(context.db, row.id, trainee.id, checked.nickname, checked.key))) throw new ApiError(409, 'nickname-taken', 'Someone in the class already has this nickname.');
    return { traineeId: trainee.id, nickname: checked.nickname };
  });

  app.delete<TraineeParams>(`${base}/trainees/:traineeId`, async (request, reply) => {
    const row = await trainerClass(context, request);
    const trainee = await findTrainee(context.db, row.id, parse(IdSchema, request.params.traineeId));
    if (!trainee || trainee.removed) throw new ApiError(404, 'trainee-not-found', 'No such trainee in this class.');
    await removeTrainee(context.db, row.id, trainee.id);
    return reply.code(204).send();
  });

  app.post<TraineeParams>(`${base}/trainees/:traineeId/readmit`, async (request) => {
    const row = await trainerClass(context, request);
    const traineeId = parse(IdSchema, request.params.traineeId);
    const outcome = await readmitTrainee(context.db, row.id, traineeId);
    if (outcome === 'not-removed') throw new ApiError(404, 'trainee-not-found', 'No removed trainee with this id in this class.');
    if (outcome === 'taken') throw new ApiError(409, 'nickname-taken', 'Someone in the class now has this nickname; rename them first.');
    const trainee = (await findTrainee(context.db, row.id, traineeId))!;
    return { traineeId: trainee.id, nickname: trainee.nickname };
  });

  app.get<ClassParams>(`${base}/export.csv`, async (request, reply) => {
    const row = await trainerClass(context, request);
    const csv = exportCsv(row, await listTrainees(context.db, row.id), await listSubmissions(context.db, row.id));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="galateo-${row.code}.csv"`).send(csv);
  });

  app.get<ClassParams>(`${base}/export.xapi`, async (request) => {
    const row = await trainerClass(context, request);
    const origin = exportOrigin(context.publicOrigin, request);
    const [trainees, submissions, lastEventAt, info] = await Promise.all([
      listTrainees(context.db, row.id),
      listSubmissions(context.db, row.id),
      lastEventTimes(context.db, row.id),
      classInfoOf(context, row),
    ]);
    const titles = new Map(info.scenarios.map((scenario) => [scenario.id, scenario.title]));
    return exportXapi({ origin, classRow: row, titles, trainees, submissions, lastEventAt });
  });
}
