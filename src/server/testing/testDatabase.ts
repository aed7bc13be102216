import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import { runMigrations } from '../db/migrations.ts';
import { openPgliteDatabase } from '../db/pgliteDatabase.ts';
import { openPostgresDatabase } from '../db/postgresDatabase.ts';
import { startTestPostgres } from './postgresCluster.ts';

export interface TestDatabaseSource {
  kind: 'pglite' | 'postgres';
  /** Opens a connection to this test file's database, migrated. */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function pgliteSource(): Promise<TestDatabaseSource> {
  const dir = mkdtempSync(join(tmpdir(), 'galateo-pglite-'));
  return {
    kind: 'pglite',
    async open() {
      const database = await openPgliteDatabase(dir);
      await runMigrations(database);
      return database;
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresSource(): Promise<TestDatabaseSource> {
  const server = await startTestPostgres();
  return {
    kind: 'postgres',
    async open() {
      const database = await openPostgresDatabase({ connectionString: server.url, schema: server.schema });
      await runMigrations(database);
      return database;
    },
    dispose: () => server.stop(),
  };
}
