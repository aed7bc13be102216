import { z } from 'zod';
import { scoreRegister } from '../scoreRegister.ts';
import type { DimensionDescriptor } from './dimensionDescriptor.ts';

const report = { judged: z.enum(['formal', 'informal', 'mixed', 'unknown']), target: z.enum(['formal', 'informal']) };

/** Lei or tu as the brand asks, and professional writing (seeds 000, 002). */
export const register: DimensionDescriptor<'register', typeof report> = {
  id: 'register',
  weight: 20,
  phase: 'handling',
  report,
  noReplyRule: 'register.no-reply',
  score: (input) => {
    const { findings, judged } = scoreRegister(input);
    return { findings, report: { judged, target: input.compiled.scenario.register } };
  },
};
