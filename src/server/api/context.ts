import type { ScenarioCatalog } from '../classroom/scenarioCatalog.ts';
import type { Database } from '../db/database.ts';
import type { LiveHub } from '../live/liveHub.ts';
import type { ScoringPool } from '../scoring/scoringPool.ts';

/** Per-IP limits per minute of the routes a script could flood. */
export interface RateLimits {
  createClass: number;
  join: number;
  submissions: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { createClass: 10, join: 10, submissions: 30 };

export interface ApiContext {
  db: Database;
  catalog: ScenarioCatalog;
  live: LiveHub;
  scoring: ScoringPool;
  rateLimits: RateLimits;
  /** The origin used in xAPI IRIs; the request's own origin when unset. */
  publicOrigin: string | undefined;
}
