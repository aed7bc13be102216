import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

export async function startAttempt(db: Queryable, traineeId: string, scenario: string): Promise<{ attemptId: string; startedAt: Date }> {
  const [row] = await db.query<{ id: string; started_at: Date }>(
    'insert into attempts (id, trainee_id, scenario) values ($1, $2, $3) returning id, started_at',
    [randomUUID(), traineeId, scenario],
  );
  return { attemptId: row!.id, startedAt: row!.started_at };
}

/**
 * The trainee's own attempt and how long ago it started, by the database's clock, so that every
 * instance measures it the same way.
 */
export async function findOwnAttempt(db: Queryable, traineeId: string, attemptId: string): Promise<{ scenario: string; elapsedMs: number } | undefined> {
  const [row] = await db.query<{ scenario: string; elapsed_ms: number }>(
    'select scenario, (extract(epoch from (clock_timestamp() - started_at)) * 1000)::float8 as elapsed_ms from attempts where id = $1 and trainee_id = $2',
    [attemptId, traineeId],
  );
  return row ? { scenario: row.scenario, elapsedMs: row.elapsed_ms } : undefined;
}
