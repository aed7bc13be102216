import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createServer } from './createServer.ts';
import { openDatabaseFromEnv } from './db/openDatabase.ts';
import { ensureBuilt } from './ensureBuilt.ts';
import { stopOnSignals } from './stopOnSignals.ts';

/**
 * The server: builds the game when needed and serves it with the classroom API at
 * http://localhost:8080 (PORT changes it). PostgreSQL when DATABASE_URL is set, otherwise PGlite
 * files under ./data (DATA_DIR changes it); migrations run at start. `npm start` runs it under
 * supervise.ts, which starts it again if it dies.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';

try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  await ensureBuilt(root, (line) => console.log(line));
  const database = await openDatabaseFromEnv(process.env, root);
  const app = await createServer({
    staticRoot: join(root, 'dist'),
    database,
    allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(','),
    publicOrigin: process.env.PUBLIC_ORIGIN || undefined,
  });
  stopOnSignals(app, database);
  await app.listen({ port, host });
  console.log(`Galateo is running at http://localhost:${port} (${database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'})`);
} catch (error) {
  console.error(`galateo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
