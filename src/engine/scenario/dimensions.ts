/** The five scored dimensions, in report order (kept apart from the schemas so the browser needs no validator to use them). */
export const DIMENSIONS = ['greeting', 'register', 'exhaustiveness', 'responseTime', 'closure'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
