import type { FastifyInstance } from 'fastify';
import { StartAttemptRequestSchema, SubmissionRequestSchema, type StartAttemptResponse, type SubmissionResponse } from '../../classroom/contract.ts';
import type { SessionLog } from '../../engine/index.ts';
import { checkElapsed, checkEventTimes } from '../classroom/timing.ts';
import { checkLogSize } from '../scoring/logLimits.ts';
import type { PublishedText } from '../scoring/publishedCache.ts';
import { UnscorableError } from '../scoring/scoringPool.ts';
import type { ScoreResult } from '../scoring/scoreLog.ts';
import { startAttempt } from '../store/attempts.ts';
import { rankOf } from '../store/leaderboard.ts';
import { findSubmissionContext } from '../store/submissionContext.ts';
import { insertSubmission, type SubmissionRow } from '../store/submissions.ts';
import { bearerToken } from './auth.ts';
import { foundClass, memberOf, parseCode, requireOpen, traineeOfRequest } from './classLookup.ts';
import type { ApiContext } from './context.ts';
import { ApiError, parse } from './errors.ts';
import { newVersion, scoringTarget, startingText } from './scenarioTargets.ts';

type CodeParams = { Params: { code: string } };

const implausible = (message: string) => new ApiError(422, 'implausible-timing', message);

/** Starting a chat (the server notes the time) and submitting its log to be scored by the server. */
export function registerSubmissionRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post<CodeParams>('/api/classes/:code/attempts', async (request, reply) => {
    const body = parse(StartAttemptRequestSchema, request.body);
    const { classRow, trainee } = await traineeOfRequest(context, request);
    requireOpen(classRow);
    const hash = await startingText(context, classRow, body.scenario, body.hash);
    const attempt = await startAttempt(context.db, trainee.id, body.scenario, hash);
    const response: StartAttemptResponse = { attemptId: attempt.attemptId, startedAt: attempt.startedAt.toISOString() };
    return reply.code(201).send(response);
  });

  app.post<CodeParams>('/api/classes/:code/submissions', { config: { rateLimit: { max: context.rateLimits.submissions, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = parse(SubmissionRequestSchema, request.body);
    const token = bearerToken(request);
    const found = await findSubmissionContext(context.db, parseCode(request.params.code), token, body.idempotencyKey, body.attemptId);
    const classRow = foundClass(found.classRow);
    const trainee = memberOf(classRow, found.trainee);
    // A retry of a stored submission gets its answer even if the class closed in between.
    if (found.earlier) return reply.code(200).send(await respond(context, found.earlier));
    requireOpen(classRow);

    // Everything the log alone can tell is checked first: only the replay costs real CPU.
    const tooLarge = checkLogSize(body.log);
    if (tooLarge) throw new ApiError(422, 'log-too-large', tooLarge);
    const attempt = found.attempt;
    // A published scenario is scored on the text the chat started on, even after a new revision.
    const target = await scoringTarget(context, classRow, body.log.scenario, attempt?.scenario === body.log.scenario ? attempt.scenarioHash : undefined);
    if (body.log.version !== target.version) throw newVersion();
    if (!attempt) throw implausible('This chat was not started from this class (unknown attempt).');
    if (attempt.scenario !== body.log.scenario) throw implausible('This attempt was started for another scenario.');
    const problem = checkEventTimes(body.log) ?? checkElapsed(body.log, attempt.elapsedMs);
    if (problem) throw implausible(problem);

    const scored = await score(context, body.log as SessionLog, target.published);
    if (scored.kind === 'too-fast') throw implausible(scored.problem);
    const { report } = scored;

    const result = await insertSubmission(context.db, {
      classId: classRow.id,
      traineeId: trainee.id,
      attemptId: body.attemptId,
      idempotencyKey: body.idempotencyKey,
      log: body.log,
      scenarioHash: target.published?.hash ?? null,
      report,
    });
    if (result.kind === 'attempt-used') throw new ApiError(409, 'attempt-used', 'This chat was already submitted.');
    if (result.kind === 'duplicate') return reply.code(200).send(await respond(context, result.submission));
    const response: SubmissionResponse = { submissionId: result.submissionId, total: report.total, outcome: report.outcome, rank: result.rank, report };
    return reply.code(201).send(response);
  });
}

/** The pool's verdict; a log over the scoring limits is refused for good, so the outbox stops sending it. */
async function score(context: ApiContext, log: SessionLog, published: PublishedText | undefined): Promise<ScoreResult> {
  try {
    return await context.scoring.score(log.scenario, log, published);
  } catch (error) {
    if (error instanceof UnscorableError) throw new ApiError(422, 'unscorable', error.message);
    throw error;
  }
}

async function respond(context: ApiContext, submission: SubmissionRow): Promise<SubmissionResponse> {
  return {
    submissionId: submission.id,
    total: submission.total,
    outcome: submission.outcome,
    rank: await rankOf(context.db, submission.class_id, submission.trainee_id),
    report: submission.report,
  };
}
