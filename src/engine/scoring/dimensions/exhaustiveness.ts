import { z } from 'zod';
import { scoreExhaustiveness } from '../scoreExhaustiveness.ts';
import type { DimensionDescriptor } from './dimensionDescriptor.ts';

const report = { expectations: z.array(z.object({ id: z.string(), state: z.string(), status: z.enum(['unprompted', 'after-follow-up', 'missed']) })) };

/** Everything the customer needs, unprompted, and nothing asked again (seeds 000, 004). */
export const exhaustiveness: DimensionDescriptor<'exhaustiveness', typeof report> = {
  id: 'exhaustiveness',
  weight: 25,
  phase: 'handling',
  report,
  noReplyRule: 'exhaustiveness.no-reply',
  score: (input) => {
    const { findings, expectations } = scoreExhaustiveness(input);
    return { findings, report: { expectations } };
  },
};
