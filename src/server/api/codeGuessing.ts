import type { FastifyInstance, FastifyRequest } from 'fastify';
import { addressOf, classAndAddress, codeOf, MINUTE_MS, tooManyRequests } from './rateLimitKeys.ts';

const HOUR_MS = 60 * MINUTE_MS;

/**
 * A class asks for its own code again and again; a guesser asks for ever new ones. So an address
 * may bring in `perMinute` codes it has not used in the past hour; past that, a code it has not
 * used is refused with 429 before any lookup, whether or not a class has it, so the refusal tells
 * nothing. The codes it already uses keep working: a class sharing a NAT with a guesser goes on.
 */
export function installCodeGuessingBrake(app: FastifyInstance, perMinute: number): void {
  // With max 0 any count is over it: "exceeded" reads "used at least once in the hour".
  const used = app.createRateLimit({ keyGenerator: classAndAddress, max: 0, timeWindow: HOUR_MS });
  const newCodes = app.createRateLimit({ keyGenerator: addressOf, max: perMinute, timeWindow: MINUTE_MS });
  const usedBefore = async (request: FastifyRequest) => {
    const state = await used(request, { increment: false });
    return !state.isAllowed && state.isExceeded;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (codeOf(request) === undefined) return;
    if (!(await usedBefore(request))) {
      const budget = await newCodes(request);
      if (!budget.isAllowed && budget.isExceeded) {
        void reply.header('retry-after', budget.ttlInSeconds);
        throw tooManyRequests(`${budget.ttlInSeconds} s`);
      }
    }
    // Only a request let through marks its code as used: a refused guess stays a new code.
    await used(request);
  });
}
