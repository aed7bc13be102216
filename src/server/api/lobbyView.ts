import type { Lobby } from '../../classroom/contract.ts';
import type { Queryable } from '../db/database.ts';
import { listTrainees } from '../store/trainees.ts';
import type { LeaderboardView } from './leaderboardView.ts';

/** The class's current trainees in order of arrival, for the projector's lobby. */
export async function fetchLobby(db: Queryable, classId: string): Promise<Lobby> {
  const trainees = await listTrainees(db, classId);
  return { count: trainees.length, trainees: trainees.map((trainee) => ({ traineeId: trainee.id, nickname: trainee.nickname, joinedAt: trainee.joined_at.toISOString() })) };
}

/** With hidden names, the lobby says how many have joined and when, and nothing of who. */
export function applyLobbyView(lobby: Lobby, view: Pick<LeaderboardView, 'hideNames'>): Lobby {
  return view.hideNames ? { count: lobby.count, trainees: lobby.trainees.map(({ joinedAt }) => ({ nickname: null, joinedAt })) } : lobby;
}
