import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A browser always sends Origin on these requests; when it names another site, the request was
 * made by that site's page (CSRF, or a foreign page opening our WebSocket), so it is refused.
 */
export function installOriginCheck(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins.map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean));
  app.addHook('onRequest', async (request) => {
    const isUpgrade = request.headers.upgrade?.toLowerCase() === 'websocket';
    if (!UNSAFE_METHODS.has(request.method) && !isUpgrade) return;
    const origin = request.headers.origin;
    if (origin === undefined || origin === ownOrigin(request) || allowed.has(origin)) return;
    throw new ApiError(403, 'forbidden-origin', 'Requests from this origin are not allowed.');
  });
}

export const ownOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
