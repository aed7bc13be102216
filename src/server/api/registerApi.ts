import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { registerClassRoutes } from './classRoutes.ts';
import type { ApiContext } from './context.ts';
import { registerLiveRoutes } from './liveRoutes.ts';
import { installOriginCheck } from './originCheck.ts';
import { registerPublishRoutes } from './publishRoutes.ts';
import { installRateLimits } from './rateLimits.ts';
import { registerSubmissionRoutes } from './submissionRoutes.ts';
import { registerTrainerRoutes } from './trainerRoutes.ts';
import { installTextCheck } from './wellFormedText.ts';

/** The classroom API under /api, next to the static game. */
export async function registerApi(app: FastifyInstance, context: ApiContext, allowedOrigins: readonly string[]): Promise<void> {
  installOriginCheck(app, allowedOrigins);
  await installRateLimits(app, context.rateLimits);
  installTextCheck(app);
  await app.register(fastifyWebsocket, { options: { maxPayload: 4096 } });
  // An upgrade refused with an HTTP error leaves its socket paused and open, which would keep the
  // server from closing; once the refusal is sent, the socket has no further use.
  app.addHook('onResponse', async (request) => {
    if (request.headers.upgrade?.toLowerCase() === 'websocket') request.raw.socket?.destroy();
  });
  registerClassRoutes(app, context);
  registerSubmissionRoutes(app, context);
  registerTrainerRoutes(app, context);
  registerPublishRoutes(app, context);
  registerLiveRoutes(app, context);
}
