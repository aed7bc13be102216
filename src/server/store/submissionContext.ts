import { hashToken } from '../classroom/tokens.ts';
import type { Queryable, Row } from '../db/database.ts';
import type { ClassRow } from './classes.ts';
import { SUBMISSION_COLUMNS, type SubmissionRow } from './submissions.ts';
import { TRAINEE_COLUMNS, type TraineeRow } from './trainees.ts';

/** What a submission is checked against, each part undefined when it does not exist. */
export interface SubmissionContext {
  classRow: ClassRow | undefined;
  /** The token's trainee, only when they belong to this class. */
  trainee: TraineeRow | undefined;
  /** The trainee's submission stored under this idempotency key. */
  earlier: SubmissionRow | undefined;
  /** The trainee's own attempt and how long ago it started, by the database's clock. */
  attempt: { scenario: string; scenarioHash: string | null; elapsedMs: number } | undefined;
}

const prefixed = (alias: string, prefix: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column} as "${prefix}.${column}"`)
    .join(', ');

/** One round trip instead of four: a submission is the server's busiest request. */
const CONTEXT_SQL = `
  select c.*, ${prefixed('t', 'trainee', TRAINEE_COLUMNS)}, ${prefixed('s', 'earlier', SUBMISSION_COLUMNS)},
         a.scenario as "attempt.scenario", a.scenario_hash as "attempt.scenario_hash", (extract(epoch from (clock_timestamp() - a.started_at)) * 1000)::float8 as "attempt.elapsed_ms"
  from classes c
  left join trainees t on t.rejoin_token_hash = $2 and t.class_id = c.id
  left join submissions s on s.trainee_id = t.id and s.idempotency_key = $3
  left join attempts a on a.id = $4 and a.trainee_id = t.id
  where c.code = $1`;

/** Splits the columns named `prefix.column` off the row; undefined when the join found nothing (`present` is null). */
function take<R>(row: Row, prefix: string, present: string): R | undefined {
  const part: Row = {};
  for (const key of Object.keys(row)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    part[key.slice(prefix.length + 1)] = row[key];
    delete row[key];
  }
  return part[present] === null ? undefined : (part as R);
}

export async function findSubmissionContext(db: Queryable, code: string, token: string, idempotencyKey: string, attemptId: string): Promise<SubmissionContext> {
  const [row] = await db.query(CONTEXT_SQL, [code, hashToken(token), idempotencyKey, attemptId]);
  if (!row) return { classRow: undefined, trainee: undefined, earlier: undefined, attempt: undefined };
  const trainee = take<TraineeRow>(row, 'trainee', 'id');
  const earlier = take<SubmissionRow>(row, 'earlier', 'id');
  const attempt = take<{ scenario: string; scenario_hash: string | null; elapsed_ms: number }>(row, 'attempt', 'scenario');
  return { classRow: row as ClassRow, trainee, earlier, attempt: attempt && { scenario: attempt.scenario, scenarioHash: attempt.scenario_hash, elapsedMs: attempt.elapsed_ms } };
}
