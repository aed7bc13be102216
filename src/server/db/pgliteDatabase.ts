import { PGlite } from '@electric-sql/pglite';
import type { Database, Row } from './database.ts';
import { makePrivateDir, restrictTree } from './privateFiles.ts';

/**
 * PGlite keeps the data in files under `dataDir` (or in memory without one), readable by this
 * user only. It has a single connection: PGlite itself queues queries behind a running
 * transaction, so callers may share it.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) makePrivateDir(dataDir);
  const pg = await PGlite.create(dataDir);
  if (dataDir) restrictTree(dataDir);
  return {
    kind: 'pglite',
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await pg.query<R>(sql, [...params])).rows;
    },
    transaction(fn) {
      return pg.transaction((tx) => fn({ query: async <R extends Row>(sql: string, params: readonly unknown[] = []) => (await tx.query<R>(sql, [...params])).rows }));
    },
    async listen(channel, handler) {
      const unlisten = await pg.listen(channel, handler);
      return () => unlisten();
    },
    async notify(channel, payload) {
      await pg.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await pg.close();
      // Files PGlite created while open (a new table's) are 0666 too.
      if (dataDir) restrictTree(dataDir);
    },
  };
}
