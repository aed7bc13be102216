import { closure } from './closure.ts';
import { exhaustiveness } from './exhaustiveness.ts';
import { greeting } from './greeting.ts';
import { register } from './register.ts';
import { responseTime } from './responseTime.ts';

/**
 * The scored dimensions, in report order: the one list the report schema, the weights, the CLI,
 * the debrief, the CSV columns and the xAPI extensions are derived from.
 */
export const DIMENSION_REGISTRY = [greeting, register, exhaustiveness, responseTime, closure] as const;

export type Dimension = (typeof DIMENSION_REGISTRY)[number]['id'];
export const DIMENSIONS = DIMENSION_REGISTRY.map((dimension) => dimension.id) as unknown as readonly [Dimension, ...Dimension[]];
export const DEFAULT_WEIGHTS = Object.fromEntries(DIMENSION_REGISTRY.map((dimension) => [dimension.id, dimension.weight])) as Record<Dimension, number>;
export const dimensionPhase = (id: Dimension) => DIMENSION_REGISTRY.find((dimension) => dimension.id === id)!.phase;
