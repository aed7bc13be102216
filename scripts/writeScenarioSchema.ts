// Writes scenarios/scenario.schema.json from the zod schema (npm run schema); a test keeps it current.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/engine/scenario/scenarioJsonSchema.ts';

writeFileSync(new URL('../scenarios/scenario.schema.json', import.meta.url), `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
