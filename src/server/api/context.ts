import type { ScenarioCatalog } from '../classroom/scenarioCatalog.ts';
import type { Database } from '../db/database.ts';
import type { LiveHub } from '../live/liveHub.ts';
import type { ScoringPool } from '../scoring/scoringPool.ts';

/**
 * Requests per minute a script could flood, counted per class and address on a class's routes
 * (a class often sits behind one NAT address) and per address elsewhere. The defaults let a class
 * of 60 behind one address join, reload and play: see rateLimits.ts.
 */
export interface RateLimits {
  createClass: number;
  join: number;
  /** Each of: the class by code, me, the leaderboard, the live socket. */
  lookups: number;
  attempts: number;
  submissions: number;
  /** Scenario uploads, per class and address: each costs a worker up to its limits. */
  publish: number;
  /** Codes an address had not used in the past hour, real or not: a class uses one, a guesser many (codeGuessing.ts). */
  newCodes: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { createClass: 10, join: 120, lookups: 600, attempts: 300, submissions: 120, publish: 30, newCodes: 30 };

export interface ApiContext {
  db: Database;
  catalog: ScenarioCatalog;
  live: LiveHub;
  scoring: ScoringPool;
  rateLimits: RateLimits;
  /** PUBLIC_ORIGIN: names trainees, activities and statements in the xAPI export; unset, only a loopback request may export. */
  publicOrigin: string | undefined;
}
