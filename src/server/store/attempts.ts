import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

export async function startAttempt(db: Queryable, traineeId: string, scenario: string): Promise<{ attemptId: string; startedAt: Date }> {
  const [row] = await db.query<{ id: string; started_at: Date }>('insert into attempts (id, trainee_id, scenario) values ($1, $2, $3) returning id, started_at', [randomUUID(), traineeId, scenario]);
  return { attemptId: row!.id, startedAt: row!.started_at };
}
