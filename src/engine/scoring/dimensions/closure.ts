import { scoreClosure } from '../scoreClosure.ts';
import type { DimensionDescriptor } from './dimensionDescriptor.ts';

const report = {};

/** The closing: thank, offer more help, announce the close, say goodbye (seed 003). */
export const closure: DimensionDescriptor<'closure', typeof report> = {
  id: 'closure',
  weight: 15,
  phase: 'closing',
  report,
  score: (input) => ({ findings: scoreClosure(input).findings, report: {} }),
};
