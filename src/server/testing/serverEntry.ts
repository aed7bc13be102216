import { runMigrations } from '../db/migrations.ts';
import { openPgliteDatabase } from '../db/pgliteDatabase.ts';
import { openPostgresDatabase } from '../db/postgresDatabase.ts';
import { stopOnSignals } from '../stopOnSignals.ts';
import { createTestServer } from './testServer.ts';

/**
 * A server process for the tests that kill one and watch it come back: main.ts without the build
 * and the rate limits. PostgreSQL at DATABASE_URL in TEST_DATABASE_SCHEMA, or PGlite in DATA_DIR;
 * it listens on PORT and prints `serving pid <pid>` once it does.
 */
const url = process.env.DATABASE_URL;
const database = url ? await openPostgresDatabase({ connectionString: url, schema: process.env.TEST_DATABASE_SCHEMA }) : await openPgliteDatabase(process.env.DATA_DIR);
await runMigrations(database);
const app = await createTestServer(database);

// Before the line that tells the test it may send signals.
stopOnSignals(app, database);

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log(`serving pid ${process.pid}`);
