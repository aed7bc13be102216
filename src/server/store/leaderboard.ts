import type { Queryable } from '../db/database.ts';

export interface Standing {
  traineeId: string;
  nickname: string;
  score: number;
  attempts: number;
  rank: number;
}

/**
 * Each trainee's score is the sum of their best total on each scenario; ties share a rank, and
 * among equals the one who needed fewer attempts, then who joined first, is listed first.
 * Only trainees with a scored session and not removed are on it.
 */
const STANDINGS_SQL = `
  with best as (
    select s.trainee_id, max(s.total) as best, count(*) as attempts
    from submissions s
    where s.class_id = $1
    group by s.trainee_id, s.scenario
  ), totals as (
    select trainee_id, sum(best)::int as score, sum(attempts)::int as attempts from best group by trainee_id
  )
  select t.id as "traineeId", t.nickname, totals.score, totals.attempts,
         (rank() over (order by totals.score desc))::int as rank
  from totals join trainees t on t.id = totals.trainee_id
  where not t.removed
  order by totals.score desc, totals.attempts, t.joined_at, t.id`;

export async function standings(db: Queryable, classId: string): Promise<Standing[]> {
  return db.query<Standing & Record<string, unknown>>(STANDINGS_SQL, [classId]);
}

export async function rankOf(db: Queryable, classId: string, traineeId: string): Promise<number | null> {
  return (await standings(db, classId)).find((standing) => standing.traineeId === traineeId)?.rank ?? null;
}
