import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';

/** An error meant for the client: its status, a stable code and a sentence for people. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** More fields of the answer, such as an uploaded scenario's problems. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Parses with a contract schema; a mismatch is the client's fault, said in one line. */
export function parse<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new ApiError(400, 'invalid-request', details.join('; ').slice(0, 500));
}

/** Fastify's own client errors, named the way the rest of the API names them. */
const FASTIFY_CODES: Record<number, string> = { 400: 'invalid-request', 404: 'not-found', 405: 'method-not-allowed', 413: 'payload-too-large', 415: 'unsupported-media-type', 429: 'rate-limited' };

/** Every error leaves as `{error, message}` JSON; a server fault never shows its stack or text. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send({ error: error.code, message: error.message, ...error.details });
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: FASTIFY_CODES[status] ?? 'bad-request', message: error.message });
    request.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on the server.' });
  });
}
