import type { Queryable } from '../../db/database.ts';

/**
 * Per submission of the class, when the last event of its log happened (ms from the opening of the
 * chat). Events are stored in order, so it is the last element; only that number is read, not logs.
 */
export async function lastEventTimes(db: Queryable, classId: string): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; at: number | null }>(`select id, (log->'events'->-1->>'at')::int as at from submissions where class_id = $1`, [classId]);
  return new Map(rows.flatMap((row) => (row.at === null ? [] : [[row.id, row.at] as const])));
}
