import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.ts';

/** Where in a body a string cannot be stored, and why. */
export interface TextProblem {
  path: string;
  why: string;
}

/** In a `u` pattern a pair of surrogates is one code point, so only a lone one is a Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

const problemOf = (text: string) => (text.includes('\u0000') ? 'contains a NUL character' : LONE_SURROGATE.test(text) ? 'contains half of a surrogate pair (not valid Unicode)' : undefined);

/**
 * The first string (value or key) PostgreSQL would refuse: text and jsonb take no NUL, jsonb no
 * lone surrogate. Walked with a stack, so a deeply nested body cannot exhaust the call stack.
 */
export function findUnstorableText(body: unknown): TextProblem | undefined {
  const pending: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      const why = problemOf(value);
      if (why) return { path, why };
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        const why = problemOf(key);
        if (why) return { path: childPath, why: `has a key that ${why}` };
        pending.push({ value: child, path: childPath });
      }
    }
  }
  return undefined;
}

/**
 * Refuses such a body with 400 before any route runs: stored, it would fail only at the insert,
 * after all the work (a submission is scored first), and as a 500.
 */
export function installTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problem = findUnstorableText(request.body);
    if (problem) throw new ApiError(400, 'invalid-text', `${problem.path || 'The body'} ${problem.why}; text must be valid Unicode without NUL characters.`);
  });
}
