import { scoreGreeting } from '../scoreGreeting.ts';
import type { DimensionDescriptor } from './dimensionDescriptor.ts';

const report = {};

/** The welcome: greet first, introduce yourself and the company, offer help (seeds 000, 003). */
export const greeting: DimensionDescriptor<'greeting', typeof report> = {
  id: 'greeting',
  weight: 20,
  phase: 'opening',
  report,
  score: (input) => ({ findings: scoreGreeting(input).findings, report: {} }),
};
