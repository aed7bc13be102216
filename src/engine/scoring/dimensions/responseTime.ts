import { z } from 'zod';
import { scoreResponseTime } from '../scoreResponseTime.ts';
import type { DimensionDescriptor } from './dimensionDescriptor.ts';

export const ResponseSchema = z.object({
  message: z.number().int().nullable().meta({ description: 'The agent message that responded; null when the customer was left waiting.' }),
  waitedFrom: z.number().int().nullable().meta({ description: "The message that started the wait: a customer message, or the agent's announced hold; null for the opening of the chat." }),
  seconds: z.number(),
  kind: z.enum(['first', 'next', 'after-hold', 'unanswered']),
  score: z.number(),
});
export type Response = z.infer<typeof ResponseSchema>;

const report = {
  excellent: z.number().meta({ description: 'Seconds up to which a response is excellent, in this scenario.' }),
  acceptable: z.number().meta({ description: 'Seconds beyond which a response costs most, in this scenario.' }),
  median: z.number().nullable(),
  worst: z.number().nullable(),
  first: z.number().nullable(),
  responses: z.array(ResponseSchema),
};

/** How long the customer waited for each response (seed 001: within 10 s is good, past 30 s costs). */
export const responseTime: DimensionDescriptor<'responseTime', typeof report> = {
  id: 'responseTime',
  weight: 15,
  phase: 'handling',
  report,
  score: (input) => {
    const { findings, median, worst, first, responses } = scoreResponseTime(input);
    const { excellent, acceptable } = input.compiled.scenario.scoring.responseTime;
    return { findings, report: { excellent, acceptable, median, worst, first, responses } };
  },
};
