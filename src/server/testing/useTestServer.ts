import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.ts';
import { apiClient, type ApiResult } from './apiClient.ts';
import { pgliteSource, type TestDatabaseSource } from './testDatabase.ts';
import { createTestServer } from './testServer.ts';

/** What a suite talks to: set once the suite starts, closed when it ends. */
export interface TestServer {
  readonly database: Database;
  readonly app: FastifyInstance;
  api: (...args: Parameters<ReturnType<typeof apiClient>>) => Promise<ApiResult>;
}

/**
 * A fresh database and classroom server for the suite it is called in: opened before its tests,
 * closed after them. `listen` also opens a port, for tests that need a real socket (WebSockets).
 */
export function useTestServer(makeSource: () => Promise<TestDatabaseSource> = pgliteSource, options: { listen?: boolean } = {}): TestServer {
  let source: TestDatabaseSource | undefined;
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  let client: ReturnType<typeof apiClient> | undefined;
  beforeAll(async () => {
    source = await makeSource();
    database = await source.open();
    app = await createTestServer(database);
    if (options.listen) await app.listen({ port: 0, host: '127.0.0.1' });
    client = apiClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await source?.dispose();
  });
  return {
    get database() {
      return database!;
    },
    get app() {
      return app!;
    },
    api: (...args) => client!(...args),
  };
}
