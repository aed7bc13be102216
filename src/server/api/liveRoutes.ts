import type { FastifyInstance } from 'fastify';
import { findClassById } from '../store/classes.ts';
import { classInfoOf } from './classInfoView.ts';
import { classByCode } from './classLookup.ts';
import type { ApiContext } from './context.ts';
import { parse } from './errors.ts';
import { fetchLeaderboard, LeaderboardQuerySchema, leaderboardView } from './leaderboardView.ts';
import { fetchLobby } from './lobbyView.ts';

type LiveRequest = { Params: { code: string }; Querystring: Record<string, string> };

/** What the hub pushes: the class's leaderboard, lobby and status, read fresh. */
export function classSnapshot(context: Pick<ApiContext, 'db' | 'catalog'>) {
  return async (classId: string) => {
    const row = await findClassById(context.db, classId);
    if (!row) return undefined;
    const [leaderboard, lobby, info] = await Promise.all([fetchLeaderboard(context.db, row), fetchLobby(context.db, row.id), classInfoOf(context, row)]);
    return { leaderboard, lobby, class: info };
  };
}

/** GET /api/classes/:code/live (WebSocket): the lobby and leaderboard now, then after every change. */
export function registerLiveRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get<LiveRequest>(
    '/api/classes/:code/live',
    {
      websocket: true,
      // Refused before the upgrade, as plain HTTP errors: an unknown class or a bad query.
      preValidation: async (request) => {
        parse(LeaderboardQuerySchema, request.query);
        await classByCode(context, request.params.code);
      },
    },
    async (socket, request) => {
      const row = await classByCode(context, request.params.code);
      await context.live.add(row.id, socket, leaderboardView(parse(LeaderboardQuerySchema, request.query)));
    },
  );
}
