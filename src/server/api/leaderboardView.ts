import { z } from 'zod';
import type { Leaderboard, LeaderboardEntry } from '../../classroom/contract.ts';
import type { Queryable } from '../db/database.ts';
import type { ClassRow } from '../store/classes.ts';
import { latestScore, scenarioStandings, standings, type Standing } from '../store/leaderboard.ts';

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

const entryOf = ({ rank, traineeId, nickname, score, attempts }: Standing): LeaderboardEntry => ({ rank, traineeId, nickname, score, attempts });

/** The overall board, one board per class scenario (in the class's order), and the latest score. */
export async function fetchLeaderboard(db: Queryable, row: ClassRow): Promise<Leaderboard> {
  const [overall, perScenario, latest] = await Promise.all([standings(db, row.id), scenarioStandings(db, row.id), latestScore(db, row.id)]);
  return {
    code: row.code,
    name: row.name,
    updatedAt: new Date().toISOString(),
    entries: overall.map(entryOf),
    scenarios: row.scenarios.map((scenario) => ({ scenario, entries: (perScenario.get(scenario) ?? []).map(entryOf) })),
    latest: latest ? { scenario: latest.scenario, total: latest.total, nickname: latest.nickname, submittedAt: latest.submittedAt.toISOString() } : null,
  };
}

/**
 * The same leaderboard, cut and anonymised for one viewer. Hidden names take every identifier
 * with them: a trainee id would lead back to the nickname through any board that shows it.
 */
export function applyView(leaderboard: Leaderboard, view: LeaderboardView): Leaderboard {
  const cut = (entries: LeaderboardEntry[]) => {
    const kept = view.top === undefined ? entries : entries.slice(0, view.top);
    return view.hideNames ? kept.map(({ rank, score, attempts }) => ({ rank, nickname: null, score, attempts })) : kept;
  };
  return {
    ...leaderboard,
    entries: cut(leaderboard.entries),
    scenarios: leaderboard.scenarios.map((board) => ({ ...board, entries: cut(board.entries) })),
    latest: leaderboard.latest && view.hideNames ? { ...leaderboard.latest, nickname: null } : leaderboard.latest,
  };
}
