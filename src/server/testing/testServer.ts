import type { FastifyInstance } from 'fastify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ServerOptions } from '../createServer.ts';
import type { RateLimits } from '../api/context.ts';
import type { Database } from '../db/database.ts';

/** Limits high enough that a suite's own requests never meet them. */
export const NO_RATE_LIMITS: RateLimits = { createClass: 100_000, join: 100_000, lookups: 100_000, attempts: 100_000, submissions: 100_000, publish: 100_000, newCodes: 100_000 };

/** A stand-in for dist/: the API tests must not depend on a browser build. */
function emptyStaticRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galateo-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Galateo</title>');
  return dir;
}

export function createTestServer(database: Database, options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return createServer({ staticRoot: emptyStaticRoot(), database, rateLimits: NO_RATE_LIMITS, ...options });
}
