import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

export const MINUTE_MS = 60_000;

/** The address a limit counts; IPv6 by its /64, which one home or school network gets whole. */
export const addressOf = (request: FastifyRequest) => normalizeIP(request.ip, 64);

/** The class code in the path as the API reads it (trimmed, upper case); undefined off class routes. */
export function codeOf(request: FastifyRequest): string | undefined {
  const code = (request.params as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code.trim().toUpperCase().slice(0, 16) : undefined;
}

/** A class's routes count per class and address: one school's NAT is not one trainee. */
export const classAndAddress = (request: FastifyRequest) => `${codeOf(request) ?? '-'}|${addressOf(request)}`;

export const tooManyRequests = (after: string) => new ApiError(429, 'rate-limited', `Too many requests; try again in ${after}.`);
