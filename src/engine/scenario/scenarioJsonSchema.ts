import { z } from 'zod';
import { ScenarioSchema } from './scenarioSchema.ts';
import { completeJsonSchema } from './schemaCompletions.ts';

/** The JSON Schema editors use to autocomplete and check scenario YAML, generated from the zod schema, with the built-in names to complete. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...completeJsonSchema(z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' })),
    $id: 'https://galateo.invalid/scenario.schema.json',
    title: 'Galateo scenario',
  };
}
