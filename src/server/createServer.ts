import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { join } from 'node:path';

export interface ServerOptions {
  /** The folder holding the built game (dist/). */
  staticRoot: string;
  logger?: boolean;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** One process serves the built game (and, later, the classroom API). */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 256 * 1024 });
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  });
  await app.register(fastifyCompress, { global: true, encodings: ['gzip', 'deflate'] });
  await app.register(fastifyStatic, { root: options.staticRoot, index: ['index.html'], maxAge: 0, preCompressed: false });
  app.get('/healthz', async () => ({ ok: true }));
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && request.headers.accept?.includes('text/html')) return reply.sendFile('index.html', join(options.staticRoot));
    return reply.code(404).send({ error: 'not found' });
  });
  return app;
}
