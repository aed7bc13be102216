import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './api/context.ts';
import { capConnectionsPerAddress, DEFAULT_CONNECTION_LIMITS, serverTimeouts, type ConnectionLimits } from './connectionLimits.ts';
import { installErrorHandler } from './api/errors.ts';
import { classSnapshot } from './api/liveRoutes.ts';
import { registerApi } from './api/registerApi.ts';
import { compileCatalog, readScenarioSources } from './classroom/scenarioCatalog.ts';
import type { Database } from './db/database.ts';
import { CLASS_CHANNEL } from './store/classes.ts';
import { LiveHub } from './live/liveHub.ts';
import { ScoringPool, type ScoringPoolOptions } from './scoring/scoringPool.ts';
import { safeJson } from './safeJson.ts';
import { registerSecurityHeaders } from './securityHeaders.ts';
import { LOCALE_CODES, prepareLocales } from '../engine/index.ts';

export interface ServerOptions {
  /** The folder holding the built game (dist/). */
  staticRoot: string;
  /** The classroom's database, migrated; without one only the game is served. */
  database?: Database;
  /** Where the scenarios are read once at start (default: the repository's scenarios/). */
  scenariosDir?: string;
  /** Origins besides the server's own allowed to POST and to open the WebSocket. */
  allowedOrigins?: readonly string[];
  /** PUBLIC_ORIGIN, e.g. https://galateo.example.org: names everything in the xAPI export; unset, only a loopback request may export. */
  publicOrigin?: string;
  rateLimits?: Partial<RateLimits>;
  connectionLimits?: Partial<ConnectionLimits>;
  /** Threads and per-job limits of the scoring workers (the defaults suit production). */
  scoring?: ScoringPoolOptions;
  logger?: boolean;
}

const DEFAULT_SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** One process serves the built game and the classroom API. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const connectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits };
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 256 * 1024, routerOptions: { ignoreTrailingSlash: true }, ...serverTimeouts(connectionLimits) });
  capConnectionsPerAddress(app.server, connectionLimits.perAddress);
  installErrorHandler(app);
  app.setReplySerializer(safeJson);
  await registerSecurityHeaders(app);
  await app.register(fastifyCompress, { global: true, encodings: ['gzip', 'deflate'] });
  await app.register(fastifyStatic, { root: options.staticRoot, index: ['index.html'], maxAge: 0, preCompressed: false });
  app.get('/healthz', async () => ({ ok: true }));

  if (options.database) {
    const database = options.database;
    const sources = readScenarioSources(options.scenariosDir ?? DEFAULT_SCENARIOS);
    // The catalog's scenarios are read with their languages' packs, as the scoring workers read them.
    await prepareLocales(LOCALE_CODES);
    const catalog = compileCatalog(sources);
    const live = new LiveHub(classSnapshot({ db: database, catalog }));
    const unlisten = await database.listen(CLASS_CHANNEL, (classId) => live.changed(classId), { onResubscribe: () => live.changedAll() });
    const scoring = new ScoringPool(sources, options.scoring);
    app.addHook('onClose', async () => {
      live.close();
      await Promise.all([unlisten(), scoring.close()]);
    });
    const context = { db: database, catalog, live, scoring, rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, publicOrigin: options.publicOrigin };
    await registerApi(app, context, options.allowedOrigins ?? []);
  }

  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) return reply.sendFile('index.html', options.staticRoot);
    return reply.code(404).send({ error: 'not-found', message: 'Nothing here.' });
  });
  return app;
}
