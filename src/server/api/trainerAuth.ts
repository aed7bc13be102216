import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { tokenMatches } from '../classroom/tokens.ts';
import { findClassById, type ClassRow } from '../store/classes.ts';
import { bearerToken, forbidden } from './auth.ts';
import type { ApiContext } from './context.ts';
import { ApiError, parse } from './errors.ts';

export const IdSchema = z.string().min(1).max(100);
export type ClassParams = { Params: { classId: string } };

/** The class whose trainer token the request carries: 401 without a token, 403 with another. */
export async function trainerClass(context: ApiContext, request: FastifyRequest<ClassParams>): Promise<ClassRow> {
  const token = bearerToken(request);
  const row = await findClassById(context.db, parse(IdSchema, request.params.classId));
  if (!row) throw new ApiError(404, 'class-not-found', 'No such class.');
  if (!tokenMatches(token, row.trainer_token_hash)) throw forbidden();
  return row;
}
