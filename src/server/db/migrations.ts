import type { Database } from './database.ts';

/** Ordered and append-only: a migration, once released, is never edited; add a new one. */
export const MIGRATIONS: readonly { id: number; name: string; statements: string[] }[] = [
  {
    id: 1,
    name: 'classroom',
    // One statement per string: PGlite's parameterised protocol runs a single statement at a time.
    statements: [
      `create table classes (
        id text primary key,
        code text not null unique,
        name text not null,
        scenarios text[] not null,
        opens_at timestamptz,
        closes_at timestamptz,
        locked boolean not null default false,
        profanity_filter boolean not null default true,
        trainer_token_hash text not null,
        created_at timestamptz not null default now()
      )`,
      `create table trainees (
        id text primary key,
        class_id text not null references classes(id),
        nickname text not null,
        nickname_key text not null,
        rejoin_token_hash text not null unique,
        removed boolean not null default false,
        joined_at timestamptz not null default now()
      )`,
      'create unique index trainees_nickname_key on trainees (class_id, nickname_key) where not removed',
      `create table attempts (
        id text primary key,
        trainee_id text not null references trainees(id),
        scenario text not null,
        started_at timestamptz not null default now()
      )`,
      `create table submissions (
        id text primary key,
        class_id text not null references classes(id),
        trainee_id text not null references trainees(id),
        attempt_id text not null unique references attempts(id),
        scenario text not null,
        scenario_version text not null,
        idempotency_key text not null,
        log jsonb not null,
        report jsonb not null,
        total integer not null,
        outcome text not null,
        created_at timestamptz not null default now(),
        unique (trainee_id, idempotency_key)
      )`,
      'create index submissions_board on submissions (class_id, trainee_id, scenario, total)',
      'create index attempts_trainee on attempts (trainee_id)',
    ],
  },
  {
    id: 2,
    name: 'best per trainee and scenario',
    // Kept by the same statement that stores a submission, so the leaderboard (read after every
    // submission for its rank) sums a row per trainee and scenario instead of every session.
    statements: [
      `create table bests (
        class_id text not null references classes(id),
        trainee_id text not null references trainees(id),
        scenario text not null,
        best integer not null,
        attempts integer not null,
        primary key (trainee_id, scenario)
      )`,
      'create index bests_class on bests (class_id)',
      'insert into bests (class_id, trainee_id, scenario, best, attempts) select class_id, trainee_id, scenario, max(total), count(*) from submissions group by class_id, trainee_id, scenario',
    ],
  },
  {
    id: 3,
    name: 'removed trainees stay out',
    // A removed trainee's nickname stays theirs until the trainer lets them back: a join looks
    // for it among the removed. When they were removed is shown to the trainer.
    statements: ['alter table trainees add column removed_at timestamptz', 'create index trainees_removed_key on trainees (class_id, nickname_key) where removed'],
  },
  {
    id: 4,
    name: 'published scenarios',
    // A text is stored once under the sha-256 of its characters, with what the engine read of it;
    // each class keeps its own numbered revisions of each id. An attempt and its submission name
    // the text the chat was played on (null for a bundled scenario), so it is scored on that one.
    statements: [
      `create table scenario_texts (
        hash text primary key,
        scenario_id text not null,
        version text not null,
        summary jsonb not null,
        file text not null,
        text text not null,
        created_at timestamptz not null default now()
      )`,
      `create table class_scenarios (
        class_id text not null references classes(id),
        scenario_id text not null,
        revision integer not null,
        hash text not null references scenario_texts(hash),
        published_at timestamptz not null default now(),
        primary key (class_id, scenario_id, revision)
      )`,
      'alter table attempts add column scenario_hash text references scenario_texts(hash)',
      'alter table submissions add column scenario_hash text references scenario_texts(hash)',
    ],
  },
];

/** Any constant shared by every instance: the key of the advisory lock around migrations. */
const MIGRATION_LOCK = 4_715_002;

/**
 * Applies the missing migrations in one transaction under an advisory lock, so two instances
 * starting at once on one PostgreSQL take turns and the second finds nothing left to do.
 */
export async function runMigrations(database: Database): Promise<number[]> {
  return database.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('create table if not exists galateo_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query<{ id: number }>('select id from galateo_migrations')).map((row) => row.id));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into galateo_migrations (id, name) values ($1, $2)', [migration.id, migration.name]);
      applied.push(migration.id);
    }
    return applied;
  });
}
