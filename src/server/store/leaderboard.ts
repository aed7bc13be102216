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
  with totals as (
    select trainee_id, sum(best)::int as score, sum(attempts)::int as attempts from bests where class_id = $1 group by trainee_id
  )
  select t.id as "traineeId", t.nickname, totals.score, totals.attempts,
         (rank() over (order by totals.score desc))::int as rank
  from totals join trainees t on t.id = totals.trainee_id
  where not t.removed
  order by totals.score desc, totals.attempts, t.joined_at, t.id`;

export async function standings(db: Queryable, classId: string): Promise<Standing[]> {
  return db.query<Standing & Record<string, unknown>>(STANDINGS_SQL, [classId]);
}

/** Each scenario's board: the trainee's best on it, ranked and ordered as the overall board. */
const SCENARIO_STANDINGS_SQL = `
  select b.scenario, t.id as "traineeId", t.nickname, b.best as score, b.attempts,
         (rank() over (partition by b.scenario order by b.best desc))::int as rank
  from bests b join trainees t on t.id = b.trainee_id
  where b.class_id = $1 and not t.removed
  order by b.scenario, b.best desc, b.attempts, t.joined_at, t.id`;

export async function scenarioStandings(db: Queryable, classId: string): Promise<Map<string, Standing[]>> {
  const rows = await db.query<Standing & { scenario: string } & Record<string, unknown>>(SCENARIO_STANDINGS_SQL, [classId]);
  const boards = new Map<string, Standing[]>();
  for (const { scenario, ...standing } of rows) boards.set(scenario, [...(boards.get(scenario) ?? []), standing]);
  return boards;
}

export interface LatestScoreRow {
  scenario: string;
  total: number;
  traineeId: string;
  nickname: string;
  submittedAt: Date;
  [column: string]: unknown;
}

/** The class's most recent scored session by a current trainee, or undefined before any. */
export async function latestScore(db: Queryable, classId: string): Promise<LatestScoreRow | undefined> {
  const rows = await db.query<LatestScoreRow>(
    `select s.scenario, s.total, t.id as "traineeId", t.nickname, s.created_at as "submittedAt"
     from submissions s join trainees t on t.id = s.trainee_id
     where s.class_id = $1 and not t.removed order by s.created_at desc, s.id desc limit 1`,
    [classId],
  );
  return rows[0];
}

/**
 * The SQL of a trainee's score and rank, written once for `rankOf` and for the rank a submission
 * answers with: a trainee's score is the sum of their best totals, removed trainees left out; a rank
 * is 1 + how many score more (as rank() on the board). Only parameter names and fixed SQL go in.
 */
export const scoresOfClassSql = (classId: string, alsoWhere = '') =>
  `select b.trainee_id, sum(b.best) as score from bests b join trainees t on t.id = b.trainee_id where b.class_id = ${classId} and not t.removed${alsoWhere ? ` and ${alsoWhere}` : ''} group by b.trainee_id`;
export const rankAmongSql = (scores: string, score: string) => `(select count(*) + 1 from ${scores} where ${scores}.score > ${score})::int`;

/** One trainee's rank, cheaper than the whole board; null before a score. */
const RANK_SQL = `
  with scores as (${scoresOfClassSql('$1')})
  select ${rankAmongSql('scores', 'mine.score')} as rank from scores mine where mine.trainee_id = $2`;

export async function rankOf(db: Queryable, classId: string, traineeId: string): Promise<number | null> {
  return (await db.query<{ rank: number }>(RANK_SQL, [classId, traineeId]))[0]?.rank ?? null;
}
