import { z } from 'zod';
import type { Leaderboard } from '../../classroom/contract.ts';
import type { Queryable } from '../db/database.ts';
import type { ClassRow } from '../store/classes.ts';
import { standings } from '../store/leaderboard.ts';

/** `?top=N&hideNames=1`: a projector shows the top few, or ranks without names. */
export const LeaderboardQuerySchema = z.object({
  top: z.coerce.number().int().min(1).max(1000).optional(),
  hideNames: z.enum(['0', '1', 'true', 'false']).optional(),
});

export interface LeaderboardView {
  top?: number | undefined;
  hideNames: boolean;
}

export function leaderboardView(query: z.infer<typeof LeaderboardQuerySchema>): LeaderboardView {
  return { top: query.top, hideNames: query.hideNames === '1' || query.hideNames === 'true' };
}

export async function fetchLeaderboard(db: Queryable, row: ClassRow): Promise<Leaderboard> {
  const entries = (await standings(db, row.id)).map(({ rank, traineeId, nickname, score, attempts }) => ({ rank, traineeId, nickname, score, attempts }));
  return { code: row.code, name: row.name, updatedAt: new Date().toISOString(), entries };
}

/**
 * The same leaderboard, cut and anonymised for one viewer. Hidden names take every identifier
 * with them: a trainee id would lead back to the nickname through any board that shows it.
 */
export function applyView(leaderboard: Leaderboard, view: LeaderboardView): Leaderboard {
  const entries = view.top === undefined ? leaderboard.entries : leaderboard.entries.slice(0, view.top);
  return { ...leaderboard, entries: view.hideNames ? entries.map(({ rank, score, attempts }) => ({ rank, nickname: null, score, attempts })) : entries };
}
