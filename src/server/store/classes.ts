import { randomUUID } from 'node:crypto';
import type { ClassInfo, ClassScenario } from '../../classroom/contract.ts';
import { classStatus } from '../classroom/classStatus.ts';
import { newJoinCode } from '../classroom/joinCode.ts';
import { hashToken, newToken } from '../classroom/tokens.ts';
import { isUniqueViolation, type Queryable } from '../db/database.ts';

export interface ClassRow {
  id: string;
  code: string;
  name: string;
  scenarios: string[];
  opens_at: Date | null;
  closes_at: Date | null;
  locked: boolean;
  profanity_filter: boolean;
  trainer_token_hash: string;
  created_at: Date;
  [column: string]: unknown;
}

/** The channel every instance listens on; the payload is a class id and nothing else. */
export const CLASS_CHANNEL = 'galateo_class';

export interface NewClass {
  name: string;
  scenarios: string[];
  opensAt: Date | null;
  closesAt: Date | null;
}

const CODE_ATTEMPTS = 10;

/** Creates a class under a fresh random join code, drawing again on the rare collision. */
export async function createClass(db: Queryable, input: NewClass): Promise<{ classId: string; code: string; trainerToken: string }> {
  const classId = randomUUID();
  const trainerToken = newToken();
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const code = newJoinCode();
    try {
      await db.query('insert into classes (id, code, name, scenarios, opens_at, closes_at, trainer_token_hash) values ($1, $2, $3, $4, $5, $6, $7)', [
        classId,
        code,
        input.name,
        input.scenarios,
        input.opensAt,
        input.closesAt,
        hashToken(trainerToken),
      ]);
      return { classId, code, trainerToken };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error('no free join code found');
}

export async function findClassByCode(db: Queryable, code: string): Promise<ClassRow | undefined> {
  return (await db.query<ClassRow>('select * from classes where code = $1', [code]))[0];
}

export async function findClassById(db: Queryable, id: string): Promise<ClassRow | undefined> {
  return (await db.query<ClassRow>('select * from classes where id = $1', [id]))[0];
}

export interface ClassChanges {
  locked?: boolean;
  profanityFilter?: boolean;
  opensAt?: Date | null;
  closesAt?: Date | null;
}

/** Updates what was given, leaves the rest, and tells every instance the class changed. */
export async function updateClass(db: Queryable, id: string, changes: ClassChanges): Promise<void> {
  const columns: [string, unknown][] = [];
  if (changes.locked !== undefined) columns.push(['locked', changes.locked]);
  if (changes.profanityFilter !== undefined) columns.push(['profanity_filter', changes.profanityFilter]);
  if (changes.opensAt !== undefined) columns.push(['opens_at', changes.opensAt]);
  if (changes.closesAt !== undefined) columns.push(['closes_at', changes.closesAt]);
  const assignments = columns.map(([column], index) => `${column} = $${index + 2}`);
  await db.query(
    `with changed as (update classes set ${assignments.length > 0 ? assignments.join(', ') : 'id = id'} where id = $1 returning id) select pg_notify('${CLASS_CHANNEL}', id) from changed`,
    [id, ...columns.map(([, value]) => value)],
  );
}

export const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** What anyone with the code sees of the class; its scenarios come from classScenarios. */
export function classInfo(row: ClassRow, scenarios: ClassScenario[], now = new Date()): ClassInfo {
  return {
    code: row.code,
    name: row.name,
    scenarios,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    locked: row.locked,
    status: classStatus({ locked: row.locked, opensAt: row.opens_at, closesAt: row.closes_at }, now),
  };
}
