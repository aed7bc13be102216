import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';

/**
 * Closes the server and its database once, then exits, on Ctrl-C, SIGTERM, or when the supervisor
 * that forked this process goes away (the server must not outlive it). Registered before
 * `listen`, so a signal sent as soon as the server says it listens still stops it cleanly.
 */
export function stopOnSignals(app: FastifyInstance, database: Database): void {
  // Once: a Ctrl-C reaches both this process and the supervisor, which passes it on.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await app.close();
      await database.close();
      process.exit(0);
    })());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}
