/**
 * The one database interface the classroom uses. PGlite (in-process) and PostgreSQL implement it
 * with the same SQL and `$1` parameters, so migrations and queries are written once.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface ListenOptions {
  /** Called after the listener reconnected: notifications sent meanwhile are lost, so refetch. */
  onResubscribe?: () => void;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Subscribes to a channel; returns the unsubscribe function. */
  listen(channel: string, handler: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
  /** NOTIFY outside a transaction (inside one, `select pg_notify($1, $2)` on the transaction). */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** The SQLSTATE of a unique constraint violation, the same from pg and PGlite. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
