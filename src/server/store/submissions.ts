import { randomUUID } from 'node:crypto';
import type { Report, SessionLog } from '../../engine/index.ts';
import { isUniqueViolation, type Queryable } from '../db/database.ts';
import { CLASS_CHANNEL } from './classes.ts';
import { rankAmongSql, scoresOfClassSql } from './leaderboard.ts';

export interface SubmissionRow {
  id: string;
  class_id: string;
  trainee_id: string;
  attempt_id: string;
  scenario: string;
  scenario_version: string;
  /** The published text the chat was played on; null for a bundled scenario. */
  scenario_hash: string | null;
  total: number;
  outcome: string;
  report: Report;
  created_at: Date;
  [column: string]: unknown;
}

export const SUBMISSION_COLUMNS = 'id, class_id, trainee_id, attempt_id, scenario, scenario_version, scenario_hash, total, outcome, report, created_at';

export interface NewSubmission {
  classId: string;
  traineeId: string;
  attemptId: string;
  idempotencyKey: string;
  log: SessionLog;
  /** The published text it was scored on, or null. */
  scenarioHash: string | null;
  report: Report;
}

export type InsertResult = { kind: 'created'; submissionId: string; rank: number | null } | { kind: 'duplicate'; submission: SubmissionRow } | { kind: 'attempt-used' };

/**
 * Stores a scored session, updates the trainee's best on its scenario, notifies and ranks the
 * trainee, all in one statement, so the NOTIFY is delivered exactly when the row is committed.
 * The statement sees the bests as they were before it, so the rank counts the trainee's new best
 * from the upsert's result. Concurrent duplicates are settled by the unique constraints: the
 * loser gets the winner's row back.
 */
export async function insertSubmission(db: Queryable, input: NewSubmission): Promise<InsertResult> {
  const submissionId = randomUUID();
  try {
    const [row] = await db.query<{ rank: number | null }>(
      `with inserted as (
         insert into submissions (id, class_id, trainee_id, attempt_id, scenario, scenario_version, idempotency_key, log, report, total, outcome, scenario_hash)
         values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12)
         returning class_id, trainee_id, scenario, total
       ), best as (
         insert into bests (class_id, trainee_id, scenario, best, attempts)
         select class_id, trainee_id, scenario, total, 1 from inserted
         on conflict (trainee_id, scenario) do update set best = greatest(bests.best, excluded.best), attempts = bests.attempts + 1
         returning best
       ), notified as (select pg_notify('${CLASS_CHANNEL}', class_id) from inserted
       ), scores as (${scoresOfClassSql('$2', 'not (b.trainee_id = $3 and b.scenario = $5)')}
       ), others as (select * from scores where trainee_id <> $3
       ), mine as (
         -- No row (so no rank) for a trainee removed meanwhile, as the leaderboard leaves them out.
         select (select best from best) + coalesce((select score from scores where trainee_id = $3), 0) as score
         from trainees where id = $3 and not removed
       )
       select case when mine.score is not null then ${rankAmongSql('others', 'mine.score')} end as rank
       from notified left join mine on true`,
      [
        submissionId,
        input.classId,
        input.traineeId,
        input.attemptId,
        input.log.scenario,
        input.log.version,
        input.idempotencyKey,
        JSON.stringify(input.log),
        JSON.stringify(input.report),
        input.report.total,
        input.report.outcome,
        input.scenarioHash,
      ],
    );
    return { kind: 'created', submissionId, rank: row!.rank };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await findSubmissionByKey(db, input.traineeId, input.idempotencyKey);
    return existing ? { kind: 'duplicate', submission: existing } : { kind: 'attempt-used' };
  }
}

export async function findSubmissionByKey(db: Queryable, traineeId: string, idempotencyKey: string): Promise<SubmissionRow | undefined> {
  return (await db.query<SubmissionRow>(`select ${SUBMISSION_COLUMNS} from submissions where trainee_id = $1 and idempotency_key = $2`, [traineeId, idempotencyKey]))[0];
}

export async function findSubmissionWithLog(db: Queryable, classId: string, submissionId: string): Promise<(SubmissionRow & { log: SessionLog }) | undefined> {
  return (await db.query<SubmissionRow & { log: SessionLog }>(`select ${SUBMISSION_COLUMNS}, log from submissions where id = $1 and class_id = $2`, [submissionId, classId]))[0];
}

/** Every submission of the class's current trainees, oldest first. */
export async function listSubmissions(db: Queryable, classId: string): Promise<SubmissionRow[]> {
  return db.query<SubmissionRow>(
    `select ${SUBMISSION_COLUMNS.split(', ')
      .map((column) => `s.${column}`)
      .join(', ')} from submissions s join trainees t on t.id = s.trainee_id
     where s.class_id = $1 and not t.removed order by s.created_at, s.id`,
    [classId],
  );
}

/** Per scenario: the trainee's best total and number of scored sessions. */
export async function traineeScenarioStats(db: Queryable, traineeId: string): Promise<{ scenario: string; best: number; attempts: number }[]> {
  return db.query('select scenario, best, attempts from bests where trainee_id = $1', [traineeId]);
}
