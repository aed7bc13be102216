import type { FastifyInstance } from 'fastify';
import { CreateClassRequestSchema, JoinRequestSchema, type ClassInfo, type JoinResponse, type MeResponse } from '../../classroom/contract.ts';
import { checkClassName } from '../classroom/className.ts';
import { readNickname, refusalOf } from '../classroom/nickname.ts';
import { createClass } from '../store/classes.ts';
import { classInfoOf } from './classInfoView.ts';
import { rankOf } from '../store/leaderboard.ts';
import { traineeScenarioStats } from '../store/submissions.ts';
import { addTrainee, nicknameHolder } from '../store/trainees.ts';
import { classByCode, requireOpen, traineeOfRequest } from './classLookup.ts';
import type { ApiContext } from './context.ts';
import { ApiError, parse } from './errors.ts';
import { applyView, fetchLeaderboard, LeaderboardQuerySchema, leaderboardView } from './leaderboardView.ts';

type CodeParams = { Params: { code: string } };

const nicknameTaken = () => new ApiError(409, 'nickname-taken', 'Someone in the class already has this nickname.');

/** Creating a class, joining it, rejoining (me) and the public leaderboard; their limits are in rateLimits.ts. */
export function registerClassRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post('/api/classes', async (request, reply) => {
    const body = parse(CreateClassRequestSchema, request.body);
    const name = checkClassName(body.name);
    if (!name.ok) throw new ApiError(400, 'invalid-class-name', name.message);
    const unknown = body.scenarios.filter((id) => !context.catalog.has(id));
    if (unknown.length > 0) throw new ApiError(400, 'unknown-scenario', `No such scenario: ${unknown.join(', ')}.`);
    const opensAt = body.opensAt ? new Date(body.opensAt) : null;
    const closesAt = body.closesAt ? new Date(body.closesAt) : null;
    if (opensAt && closesAt && closesAt <= opensAt) throw new ApiError(400, 'invalid-request', 'closesAt must be after opensAt.');
    const created = await createClass(context.db, { name: name.name, scenarios: [...new Set(body.scenarios)], opensAt, closesAt });
    return reply.code(201).send(created);
  });

  app.get<CodeParams>('/api/classes/:code', async (request): Promise<ClassInfo> => classInfoOf(context, await classByCode(context, request.params.code)));

  app.post<CodeParams>('/api/classes/:code/join', async (request, reply) => {
    const body = parse(JoinRequestSchema, request.body);
    const classRow = await classByCode(context, request.params.code);
    requireOpen(classRow);
    const read = readNickname(body.nickname);
    if (!read.ok) throw new ApiError(400, read.error, read.message);
    // Taken comes first: to someone typing 'Маrio' beside a 'Mario', that is the reason.
    const holder = await nicknameHolder(context.db, classRow.id, read.key);
    if (holder === 'member') throw nicknameTaken();
    if (holder === 'removed') throw new ApiError(403, 'nickname-removed', 'The trainer removed the trainee with this nickname from the class; only the trainer can let them back.');
    const refusal = refusalOf(read, { filter: classRow.profanity_filter });
    if (refusal) throw new ApiError(400, refusal.error, refusal.message);
    const added = await addTrainee(context.db, classRow.id, read.nickname, read.key);
    if (!added) throw nicknameTaken();
    const response: JoinResponse = { traineeId: added.trainee.id, nickname: added.trainee.nickname, rejoinToken: added.rejoinToken, class: await classInfoOf(context, classRow) };
    return reply.code(201).send(response);
  });

  app.get<CodeParams>('/api/classes/:code/me', async (request): Promise<MeResponse> => {
    const { classRow, trainee } = await traineeOfRequest(context, request);
    const stats = await traineeScenarioStats(context.db, trainee.id);
    return {
      traineeId: trainee.id,
      nickname: trainee.nickname,
      class: await classInfoOf(context, classRow),
      rank: await rankOf(context.db, classRow.id, trainee.id),
      best: Object.fromEntries(stats.map((stat) => [stat.scenario, stat.best])),
      attempts: Object.fromEntries(stats.map((stat) => [stat.scenario, stat.attempts])),
    };
  });

  app.get<CodeParams>('/api/classes/:code/leaderboard', async (request) => {
    const view = leaderboardView(parse(LeaderboardQuerySchema, request.query));
    return applyView(await fetchLeaderboard(context.db, await classByCode(context, request.params.code)), view);
  });
}
