import type { PublishedRevision, ScenarioSummary } from '../../classroom/contract.ts';
import type { Database, Queryable } from '../db/database.ts';
import { CLASS_CHANNEL } from './classes.ts';

/** A scenario text the engine accepted, with what the class's list shows of it. */
export interface CheckedScenario {
  hash: string;
  id: string;
  /** The engine's fingerprint, which the logs of chats played on it carry. */
  version: string;
  summary: ScenarioSummary;
  file: string;
  text: string;
}

/** A class's current revision of one published scenario. */
export interface CurrentPublished {
  id: string;
  hash: string;
  revision: number;
  version: string;
  summary: ScenarioSummary;
  publishedAt: Date;
  [column: string]: unknown;
}

export interface StoredText {
  id: string;
  hash: string;
  version: string;
  file: string;
  text: string;
  [column: string]: unknown;
}

const REVISION_COLUMNS = `cs.scenario_id as id, cs.hash, cs.revision, st.version, st.summary, cs.published_at as "publishedAt"`;

/** A text already checked by the engine, found by its hash: publishing it again needs no worker. */
export async function findCheckedText(db: Queryable, hash: string): Promise<CheckedScenario | undefined> {
  return (await db.query<CheckedScenario & Record<string, unknown>>('select hash, scenario_id as id, version, summary, file, text from scenario_texts where hash = $1', [hash]))[0];
}

/**
 * Makes the text the class's current revision of its id: revision 1, or one more than the last.
 * The same text as the current revision changes nothing (created false). The class row is locked
 * first, so two uploads at once get two numbers, and the id joins the class's scenarios.
 */
export async function publishToClass(db: Pick<Database, 'transaction'>, classId: string, checked: CheckedScenario): Promise<{ created: boolean; revision: CurrentPublished }> {
  return db.transaction(async (tx) => {
    await tx.query('select id from classes where id = $1 for update', [classId]);
    // A text published before keeps its first file name; what the engine reads of it is refreshed,
    // for a newer engine may read it differently (and the browsers then compile it that way).
    await tx.query(
      'insert into scenario_texts (hash, scenario_id, version, summary, file, text) values ($1, $2, $3, $4::jsonb, $5, $6) on conflict (hash) do update set version = excluded.version, summary = excluded.summary',
      [checked.hash, checked.id, checked.version, JSON.stringify(checked.summary), checked.file, checked.text],
    );
    const current = await currentRevision(tx, classId, checked.id);
    if (current?.hash === checked.hash) return { created: false, revision: current };
    await tx.query('insert into class_scenarios (class_id, scenario_id, revision, hash) values ($1, $2, $3, $4)', [classId, checked.id, (current?.revision ?? 0) + 1, checked.hash]);
    await tx.query(`update classes set scenarios = case when $2 = any(scenarios) then scenarios else array_append(scenarios, $2) end where id = $1`, [classId, checked.id]);
    await tx.query('select pg_notify($1, $2)', [CLASS_CHANNEL, classId]);
    return { created: true, revision: (await currentRevision(tx, classId, checked.id))! };
  });
}

export async function currentRevision(db: Queryable, classId: string, id: string): Promise<CurrentPublished | undefined> {
  const rows = await db.query<CurrentPublished>(
    `select ${REVISION_COLUMNS} from class_scenarios cs join scenario_texts st on st.hash = cs.hash
     where cs.class_id = $1 and cs.scenario_id = $2 order by cs.revision desc limit 1`,
    [classId, id],
  );
  return rows[0];
}

/** The current revision of each scenario published to the class, by id. */
export async function currentPublished(db: Queryable, classId: string): Promise<Map<string, CurrentPublished>> {
  const rows = await db.query<CurrentPublished>(
    `select distinct on (cs.scenario_id) ${REVISION_COLUMNS} from class_scenarios cs join scenario_texts st on st.hash = cs.hash
     where cs.class_id = $1 order by cs.scenario_id, cs.revision desc`,
    [classId],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Every revision published to the class, newest first, the current one of each id marked. */
export async function listRevisions(db: Queryable, classId: string): Promise<PublishedRevision[]> {
  const rows = await db.query<CurrentPublished & { current: boolean }>(
    `select ${REVISION_COLUMNS},
            cs.revision = max(cs.revision) over (partition by cs.scenario_id) as current
     from class_scenarios cs join scenario_texts st on st.hash = cs.hash
     where cs.class_id = $1 order by cs.published_at desc, cs.scenario_id, cs.revision desc`,
    [classId],
  );
  return rows.map((row) => ({ id: row.id, title: row.summary.title, revision: row.revision, hash: row.hash, version: row.version, publishedAt: row.publishedAt.toISOString(), current: row.current }));
}

/** One of the texts published to the class, old revisions included: a chat started on one is played to its end. */
export async function findClassText(db: Queryable, classId: string, hash: string): Promise<StoredText | undefined> {
  const rows = await db.query<StoredText>(
    `select st.scenario_id as id, st.hash, st.version, st.file, st.text from scenario_texts st
     where st.hash = $2 and exists (select 1 from class_scenarios cs where cs.class_id = $1 and cs.hash = st.hash)`,
    [classId, hash],
  );
  return rows[0];
}
