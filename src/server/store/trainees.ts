import { randomUUID } from 'node:crypto';
import { hashToken, newToken } from '../classroom/tokens.ts';
import { isUniqueViolation, type Queryable } from '../db/database.ts';
import { CLASS_CHANNEL } from './classes.ts';

export interface TraineeRow {
  id: string;
  class_id: string;
  nickname: string;
  nickname_key: string;
  removed: boolean;
  removed_at: Date | null;
  joined_at: Date;
  [column: string]: unknown;
}

export const TRAINEE_COLUMNS = 'id, class_id, nickname, nickname_key, removed, removed_at, joined_at';

/** Adds a trainee; undefined when the nickname is taken in the class (the unique index says so). */
export async function addTrainee(db: Queryable, classId: string, nickname: string, key: string): Promise<{ trainee: TraineeRow; rejoinToken: string } | undefined> {
  const rejoinToken = newToken();
  try {
    // The notification puts the newcomer in the projector's lobby and on the dashboard at once.
    const [trainee] = await db.query<TraineeRow>(
      `with added as (insert into trainees (id, class_id, nickname, nickname_key, rejoin_token_hash) values ($1, $2, $3, $4, $5) returning ${TRAINEE_COLUMNS}),
       notified as (select pg_notify('${CLASS_CHANNEL}', class_id) from added)
       select added.* from added, notified`,
      [randomUUID(), classId, nickname, key, hashToken(rejoinToken)],
    );
    return { trainee: trainee!, rejoinToken };
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

/**
 * Who in the class has this nickname key: a member, or only a trainee the trainer removed (and
 * has not readmitted), or nobody.
 */
export async function nicknameHolder(db: Queryable, classId: string, key: string): Promise<'member' | 'removed' | undefined> {
  const [row] = await db.query<{ removed: boolean }>('select removed from trainees where class_id = $1 and nickname_key = $2 order by removed limit 1', [classId, key]);
  return row ? (row.removed ? 'removed' : 'member') : undefined;
}

/**
 * Finds a trainee by token. The lookup goes through the SHA-256 of a 256-bit random token, so
 * timing reveals nothing useful about any stored token.
 */
export async function findTraineeByToken(db: Queryable, token: string): Promise<TraineeRow | undefined> {
  return (await db.query<TraineeRow>(`select ${TRAINEE_COLUMNS} from trainees where rejoin_token_hash = $1`, [hashToken(token)]))[0];
}

export async function findTrainee(db: Queryable, classId: string, traineeId: string): Promise<TraineeRow | undefined> {
  return (await db.query<TraineeRow>(`select ${TRAINEE_COLUMNS} from trainees where id = $1 and class_id = $2`, [traineeId, classId]))[0];
}

/** Renames; false when another trainee of the class has that nickname. */
export async function renameTrainee(db: Queryable, classId: string, traineeId: string, nickname: string, key: string): Promise<boolean> {
  try {
    await db.query(
      `with renamed as (update trainees set nickname = $3, nickname_key = $4 where id = $2 and class_id = $1 returning class_id) select pg_notify('${CLASS_CHANNEL}', class_id) from renamed`,
      [classId, traineeId, nickname, key],
    );
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Removed trainees keep their rows (and submissions) but leave every list. Their token is refused
 * and their nickname stays theirs, so they cannot come back under it, until the trainer readmits them.
 */
export async function removeTrainee(db: Queryable, classId: string, traineeId: string): Promise<void> {
  await db.query(
    `with removed as (update trainees set removed = true, removed_at = now() where id = $2 and class_id = $1 returning class_id) select pg_notify('${CLASS_CHANNEL}', class_id) from removed`,
    [classId, traineeId],
  );
}

/**
 * Lets a removed trainee back, with their token, nickname and results. 'taken' when the trainer
 * has since given their nickname to someone else; 'not-removed' when there is no such removed trainee.
 */
export async function readmitTrainee(db: Queryable, classId: string, traineeId: string): Promise<'readmitted' | 'taken' | 'not-removed'> {
  try {
    const rows = await db.query(
      `with readmitted as (update trainees set removed = false, removed_at = null where id = $2 and class_id = $1 and removed returning class_id) select pg_notify('${CLASS_CHANNEL}', class_id) from readmitted`,
      [classId, traineeId],
    );
    return rows.length > 0 ? 'readmitted' : 'not-removed';
  } catch (error) {
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}

export async function listTrainees(db: Queryable, classId: string): Promise<TraineeRow[]> {
  return db.query<TraineeRow>(`select ${TRAINEE_COLUMNS} from trainees where class_id = $1 and not removed order by joined_at, id`, [classId]);
}

export async function listRemovedTrainees(db: Queryable, classId: string): Promise<TraineeRow[]> {
  return db.query<TraineeRow>(`select ${TRAINEE_COLUMNS} from trainees where class_id = $1 and removed order by removed_at, id`, [classId]);
}
