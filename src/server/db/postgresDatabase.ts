import pg from 'pg';
import type { Database, ListenOptions, Row } from './database.ts';

export interface PostgresOptions {
  connectionString: string;
  /** Schema to use (tests give each file its own); it is created when missing. */
  schema?: string;
  poolSize?: number;
}

const RECONNECT_DELAY_MS = 500;

/** PostgreSQL through `pg`: a pool for queries, one dedicated client for LISTEN. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const connection = {
    connectionString: options.connectionString,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  };
  if (options.schema) {
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`create schema if not exists ${quoteIdentifier(options.schema)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  const listener = createListener(connection);

  return {
    kind: 'postgres',
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query<R>(sql, [...params])).rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: async <R extends Row>(sql: string, params: readonly unknown[] = []) => (await client.query<R>(sql, [...params])).rows });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: listener.listen,
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

interface Subscription {
  channel: string;
  handler: (payload: string) => void;
  options: ListenOptions;
}

/**
 * One client holds every LISTEN. When it drops it reconnects, subscribes again, and tells each
 * subscriber that it may have missed notifications.
 */
function createListener(connection: pg.ClientConfig) {
  const subscriptions = new Set<Subscription>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const next = new pg.Client(connection);
      next.on('notification', (message) => {
        for (const subscription of subscriptions) if (subscription.channel === message.channel) subscription.handler(message.payload ?? '');
      });
      next.on('error', () => undefined);
      next.on('end', () => {
        if (client === next) client = undefined;
        if (!closed && subscriptions.size > 0) setTimeout(reconnect, RECONNECT_DELAY_MS);
      });
      await next.connect();
      for (const channel of new Set([...subscriptions].map((subscription) => subscription.channel))) await next.query(`listen ${quoteIdentifier(channel)}`);
      client = next;
      return next;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  const reconnect = () => {
    if (closed || client) return;
    connect().then(
      () => {
        for (const subscription of subscriptions) subscription.options.onResubscribe?.();
      },
      () => setTimeout(reconnect, RECONNECT_DELAY_MS),
    );
  };

  return {
    async listen(channel: string, handler: (payload: string) => void, options: ListenOptions = {}) {
      const subscription = { channel, handler, options };
      const active = client ?? (await connect());
      if (![...subscriptions].some((existing) => existing.channel === channel)) await active.query(`listen ${quoteIdentifier(channel)}`);
      subscriptions.add(subscription);
      return async () => {
        subscriptions.delete(subscription);
        if (client && ![...subscriptions].some((existing) => existing.channel === channel)) await client.query(`unlisten ${quoteIdentifier(channel)}`);
      };
    },
    async close() {
      closed = true;
      await client?.end();
    },
  };
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
