import { resolve } from 'node:path';
import type { Database } from './database.ts';
import { runMigrations } from './migrations.ts';
import { openPgliteDatabase } from './pgliteDatabase.ts';
import { openPostgresDatabase } from './postgresDatabase.ts';

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite files under DATA_DIR (./data); migrated. */
export async function openDatabaseFromEnv(env: NodeJS.ProcessEnv, cwd: string): Promise<Database> {
  const url = env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres://');
  const database = url ? await openPostgresDatabase({ connectionString: url }) : await openPgliteDatabase(resolve(cwd, env.DATA_DIR ?? 'data'));
  try {
    await runMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
