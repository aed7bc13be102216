import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

export interface TestPostgres {
  url: string;
  /** A fresh schema: each test file sees only its own tables. */
  schema: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL for a test file: TEST_DATABASE_URL when set, otherwise a throwaway cluster (initdb
 * as the postgres user into a temp dir, on a free loopback port) removed afterwards. Missing
 * binaries fail the suite: a skipped database suite would look like a passing one.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { url: external, schema, stop: () => dropSchema(external, schema) };

  const bin = BIN_DIRS.find((dir) => existsSync(join(dir, 'initdb')));
  if (!bin) throw new Error('PostgreSQL server binaries not found: install the Debian package `postgresql` (apt-get install postgresql), or set TEST_DATABASE_URL.');
  const dir = mkdtempSync(join(tmpdir(), 'galateo-pg-'));
  chmodSync(dir, 0o777);
  // PostgreSQL refuses to run as root: as root, run it as the postgres user.
  const asPostgres = (command: string, args: string[]) =>
    process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, command), args, { stdio: 'pipe' });
  const dataDir = join(dir, 'data');
  const port = await freePort();
  asPostgres('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-N', '--locale=C.UTF-8', '-E', 'UTF8']);
  asPostgres('pg_ctl', ['-D', dataDir, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    schema,
    async stop() {
      try {
        asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
