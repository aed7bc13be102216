import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

/** The bearer token of the request; 401 when there is none. */
export function bearerToken(request: FastifyRequest): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new ApiError(401, 'unauthorized', 'This needs the token given when the class was created or joined.');
  return match[1];
}

export const forbidden = () => new ApiError(403, 'forbidden', 'This token does not give access here.');
