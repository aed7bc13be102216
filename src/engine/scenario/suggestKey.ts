import { damerauLevenshtein } from '../analysis/fuzzyMatch.ts';
import { scenarioJsonSchema } from './scenarioJsonSchema.ts';

type Schema = { $ref?: string; properties?: Record<string, Schema>; additionalProperties?: Schema | boolean; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };

let root: (Schema & { $defs?: Record<string, Schema> }) | undefined;

/** The schemas a node may follow: references resolved, alternatives spread. */
function branches(schema: Schema | undefined, depth = 0): Schema[] {
  if (schema === undefined || depth > 8) return [];
  const resolved = schema.$ref?.startsWith('#/$defs/') ? root!.$defs?.[schema.$ref.slice('#/$defs/'.length)] : schema;
  if (resolved === undefined) return [];
  const alternatives = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])];
  return [resolved, ...alternatives.flatMap((branch) => branches(branch, depth + 1))];
}

/** The keys the scenario format allows in the mapping at `path`, read from its JSON Schema (the zod schema's own image). */
export function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  root ??= scenarioJsonSchema() as unknown as typeof root;
  let schemas = branches(root);
  for (const key of path) {
    schemas = schemas.flatMap((schema) => {
      if (typeof key === 'number') return branches(schema.items);
      const named = schema.properties?.[String(key)];
      return branches(named ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined));
    });
  }
  return [...new Set(schemas.flatMap((schema) => Object.keys(schema.properties ?? {})))];
}

/** The allowed key an unknown one most likely misspells ('phse', 'fase' → 'phase'), if one is close enough. */
export function suggestKey(unknown: string, path: readonly PropertyKey[]): string | undefined {
  const typed = unknown.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of allowedKeysAt(path)) {
    const allowance = key.length >= 9 ? 3 : key.length >= 5 ? 2 : 1;
    const distance = damerauLevenshtein(typed, key.toLowerCase(), allowance);
    if (distance <= allowance && (best === undefined || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}
