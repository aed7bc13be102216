import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { installCodeGuessingBrake } from './codeGuessing.ts';
import type { RateLimits } from './context.ts';
import { classAndAddress, MINUTE_MS, tooManyRequests } from './rateLimitKeys.ts';

/**
 * Each limited route and its limit. A class of 60 behind one address, at the defaults: 60 joins
 * in a minute with room for retries (join 120); everyone reloading ten times a minute (lookups
 * 600, each route on its own); a chat started every 12 s each (attempts 300). Submissions and
 * scenario uploads set their own limits in submissionRoutes.ts and publishRoutes.ts.
 */
const ROUTE_LIMITS: Record<string, keyof RateLimits> = {
  'POST /api/classes': 'createClass',
  'POST /api/classes/:code/join': 'join',
  'GET /api/classes/:code': 'lookups',
  'GET /api/classes/:code/me': 'lookups',
  'GET /api/classes/:code/leaderboard': 'lookups',
  'GET /api/classes/:code/live': 'lookups',
  'GET /api/classes/:code/scenarios/:hash': 'lookups',
  'POST /api/classes/:code/attempts': 'attempts',
};

/** Installs the limits; call before the routes are registered, as they are set when a route is. */
export async function installRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  // Added before the plugin, so it runs before the plugin's own onRoute hook reads the config.
  app.addHook('onRoute', (route) => {
    // A GET route's automatic HEAD twin is the same lookup.
    const methods = [route.method].flat().map((method) => (method === 'HEAD' ? 'GET' : method));
    const limit = methods.map((method) => ROUTE_LIMITS[`${method} ${route.url}`]).find((name) => name !== undefined);
    if (limit && route.config?.rateLimit === undefined) route.config = { ...route.config, rateLimit: { max: limits[limit], timeWindow: MINUTE_MS } };
  });
  await app.register(fastifyRateLimit, { global: false, keyGenerator: classAndAddress, errorResponseBuilder: (_request, context) => tooManyRequests(context.after) });
  installCodeGuessingBrake(app, limits.newCodes);
}
