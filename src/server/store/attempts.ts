import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { CLASS_CHANNEL } from './classes.ts';

/**
 * Notes a chat's start, and for a published scenario the text it is played on (null for a bundled
 * one); the notification shows the trainee as playing on the dashboard.
 */
export async function startAttempt(db: Queryable, traineeId: string, scenario: string, scenarioHash: string | null = null): Promise<{ attemptId: string; startedAt: Date }> {
  const [row] = await db.query<{ id: string; started_at: Date }>(
    `with started as (insert into attempts (id, trainee_id, scenario, scenario_hash) values ($1, $2, $3, $4) returning id, started_at, trainee_id),
     notified as (select pg_notify('${CLASS_CHANNEL}', t.class_id) from started join trainees t on t.id = started.trainee_id)
     select started.id, started.started_at from started, notified`,
    [randomUUID(), traineeId, scenario, scenarioHash],
  );
  return { attemptId: row!.id, startedAt: row!.started_at };
}

export interface TraineeActivity {
  traineeId: string;
  /** The latest chat started and never submitted, if any. */
  openAttemptAt: Date | null;
  lastSubmissionAt: Date | null;
  [column: string]: unknown;
}

/** Per current trainee of the class: their latest unsubmitted chat start and latest submission. */
export async function traineeActivity(db: Queryable, classId: string): Promise<TraineeActivity[]> {
  return db.query<TraineeActivity>(
    `select t.id as "traineeId",
            (select max(a.started_at) from attempts a where a.trainee_id = t.id and not exists (select 1 from submissions s where s.attempt_id = a.id)) as "openAttemptAt",
            (select max(s.created_at) from submissions s where s.trainee_id = t.id) as "lastSubmissionAt"
     from trainees t where t.class_id = $1 and not t.removed`,
    [classId],
  );
}
