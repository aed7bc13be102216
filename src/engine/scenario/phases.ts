/** The three phases of a chat (seed 003: welcome, handling, closing), in the order they come. */
export const PHASES = ['opening', 'handling', 'closing'] as const;
export type Phase = (typeof PHASES)[number];
