import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.ts';

/** A Host header naming this machine, with an optional port: nothing else may follow the name. */
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/**
 * The origin the xAPI export names trainees, activities and statements with. An LRS tells two
 * agents apart by `account.homePage`, so it must not depend on how the dashboard was reached:
 * it is PUBLIC_ORIGIN, or, on a request to this machine itself, that loopback origin (local use).
 * Any other Host header may be a proxy's or an alias, so the export refuses rather than guess.
 */
export function exportOrigin(publicOrigin: string | undefined, request: FastifyRequest): string {
  if (publicOrigin !== undefined) return parsePublicOrigin(publicOrigin);
  if (LOOPBACK_HOST.test(request.host)) return new URL(`${request.protocol}://${request.host}`).origin;
  throw new ApiError(
    503,
    'public-origin-missing',
    'The xAPI export needs the address trainees use to reach Galateo: restart the server with PUBLIC_ORIGIN set (for example PUBLIC_ORIGIN=https://galateo.example.org), so that a trainee is the same person in the LMS however the dashboard was opened.',
  );
}

/** PUBLIC_ORIGIN as an origin (scheme, host, port), normalised so that spellings of one address give one identity. */
function parsePublicOrigin(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const isOrigin = url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  if (!isOrigin) throw new ApiError(503, 'public-origin-invalid', `PUBLIC_ORIGIN must be a scheme and a host, such as https://galateo.example.org, without a path; it is "${value}".`);
  return url.origin;
}
