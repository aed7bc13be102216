import { describe } from 'vitest';
import { describeKillDuringBurst } from './killDuringBurst.suite.ts';
import { startTestPostgres } from './testing/postgresCluster.ts';

describe('a server killed during a burst of submissions, on PostgreSQL', () =>
  describeKillDuringBurst(async () => {
    const postgres = await startTestPostgres();
    return { env: { DATABASE_URL: postgres.url, TEST_DATABASE_SCHEMA: postgres.schema }, dispose: () => postgres.stop() };
  }));
