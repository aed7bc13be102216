import type { z } from 'zod';
import type { Phase } from '../../scenario/phases.ts';
import type { Finding } from '../reportSchema.ts';
import type { ScoringInput } from '../scoringInput.ts';

/**
 * One scored dimension: everything the engine, the report, the CLI, the game and the exports need
 * to know of it. Its label lives in each locale's rule texts under `dimension.<id>`.
 */
export interface DimensionDescriptor<Id extends string = string, Extras extends z.ZodRawShape = z.ZodRawShape> {
  id: Id;
  /** Its share of the total unless the scenario sets `scoring.weights`. */
  weight: number;
  /** The phase a finding about the whole chat (no message) is listed under. */
  phase: Phase;
  /** The fields this dimension adds to its part of the report, beside score, weight and findings. */
  report: Extras;
  /** A chat with no reply at all costs the whole dimension through this rule, if it has one. */
  noReplyRule?: string;
  score(input: ScoringInput): { findings: Finding[]; report: z.infer<z.ZodObject<Extras>> };
}
