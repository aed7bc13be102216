import schema from '../../../../scenarios/scenario.schema.json';
import type { JsonSchema } from './jsonSchemaWalk.ts';

/** The scenario format as editors see it: the committed JSON Schema, kept in step with zod by a test. */
export const SCENARIO_JSON_SCHEMA: JsonSchema = schema;
