import { normalizeIP } from '@fastify/rate-limit';
import type { Server } from 'node:http';

/** How long a connection may take and how many one address may hold. */
export interface ConnectionLimits {
  /** A request, headers and body, must arrive whole within this: a client trickling a body is cut off (408). */
  requestTimeoutMs: number;
  /** A socket with nothing sent either way for this long is closed (an open WebSocket is not concerned). */
  idleTimeoutMs: number;
  /** A kept-alive connection waiting for its next request is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node looks for requests past their timeout: a slow client is cut within timeout + this. */
  checkIntervalMs: number;
  /**
   * Connections open at once from one address. A class of 60 and a projector behind one NAT need
   * about 61 × (6 a browser opens + 1 WebSocket) = 427 at worst.
   */
  perAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { requestTimeoutMs: 30_000, idleTimeoutMs: 60_000, keepAliveTimeoutMs: 10_000, checkIntervalMs: 5_000, perAddress: 500 };

/** The limits as Fastify's options. */
export function serverTimeouts(limits: ConnectionLimits) {
  return {
    connectionTimeout: limits.idleTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node waits for headersTimeout (60 s by default) whenever it is the longer of the two, so
    // the headers get the same time as the whole request.
    http: { connectionsCheckingInterval: limits.checkIntervalMs, headersTimeout: limits.requestTimeoutMs },
  };
}

/** Closes at once a connection beyond `perAddress` open from its address (IPv6 by /64, as the rate limits count). */
export function capConnectionsPerAddress(server: Server, perAddress: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = normalizeIP(socket.remoteAddress ?? '', 64);
    const count = (open.get(address) ?? 0) + 1;
    if (count > perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
