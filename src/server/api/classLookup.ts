import type { FastifyRequest } from 'fastify';
import { JoinCodeSchema } from '../../classroom/contract.ts';
import { classStatus } from '../classroom/classStatus.ts';
import { findClassByCode, type ClassRow } from '../store/classes.ts';
import { findTraineeByToken, type TraineeRow } from '../store/trainees.ts';
import { bearerToken, forbidden } from './auth.ts';
import type { ApiContext } from './context.ts';
import { ApiError, parse } from './errors.ts';

export const parseCode = (rawCode: unknown) => parse(JoinCodeSchema, rawCode);

export function foundClass(row: ClassRow | undefined): ClassRow {
  if (!row) throw new ApiError(404, 'class-not-found', 'No class has this code.');
  return row;
}

export async function classByCode(context: ApiContext, rawCode: unknown): Promise<ClassRow> {
  return foundClass(await findClassByCode(context.db, parseCode(rawCode)));
}

/** Joining, starting a chat and submitting need the class to be open now. */
export function requireOpen(row: ClassRow): void {
  const status = classStatus({ locked: row.locked, opensAt: row.opens_at, closesAt: row.closes_at });
  if (status === 'open') return;
  const why = { locked: 'The trainer has locked the class.', 'not-yet-open': 'The class is not open yet.', closed: 'The class is closed.' }[status];
  throw new ApiError(403, 'class-not-open', why);
}

/** The trainee whose rejoin token the request carries, in the class of the code in the path. */
export async function traineeOfRequest(context: ApiContext, request: FastifyRequest<{ Params: { code: string } }>): Promise<{ classRow: ClassRow; trainee: TraineeRow }> {
  const token = bearerToken(request);
  const classRow = await classByCode(context, request.params.code);
  return { classRow, trainee: memberOf(classRow, await findTraineeByToken(context.db, token)) };
}

/** The token's trainee, if they belong to the class and were not removed from it. */
export function memberOf(classRow: ClassRow, trainee: TraineeRow | undefined): TraineeRow {
  if (!trainee || trainee.class_id !== classRow.id) throw forbidden();
  if (trainee.removed) throw new ApiError(403, 'removed', 'The trainer has removed you from this class.');
  return trainee;
}
