import avatars from '../../../assets/avatars/avatars.json' with { type: 'json' };
import { BUILT_IN_INTENTS } from '../analysis/replyAnalysis.ts';
import { getLocale } from '../language/locales.ts';
import { REPLY_SIGNALS } from '../persona/replySignals.ts';

type JsonSchema = Record<string, unknown>;

/** Rules whose explanation the scenario writes (a need's `explain`), so the rule texts do not hold them. */
const SCENARIO_WORDED_RULES = ['exhaustiveness.follow-up'];

/** The scoring rules' ids: every other rule has its explanation in the rule texts, so their table is the registry. */
export function scoringRuleIds(): string[] {
  const table = getLocale('it').ruleTexts;
  return [...Object.keys(table).filter((key) => !key.includes('#') && typeof table[key] === 'object'), ...SCENARIO_WORDED_RULES];
}

/** Where a value is a free name, what an editor can offer: the built-in names, or any name of the right shape. */
const oneOf = (names: readonly string[], free: JsonSchema): JsonSchema => ({ anyOf: [{ enum: [...names] }, free] });

/**
 * Adds to the generated JSON Schema the names an editor should complete: built-in intents and
 * signals wherever an intent is named, scoring rule ids in a test's findings, avatar ids. The
 * file's own state and intent names cannot be known to a schema: the studio's editor completes them.
 */
export function completeJsonSchema(schema: JsonSchema): JsonSchema {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const resolve = (node: unknown): JsonSchema | undefined => {
    const ref = (node as JsonSchema | undefined)?.$ref;
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? defs[ref.slice('#/$defs/'.length)] : (node as JsonSchema | undefined);
  };
  const intentNames = [...BUILT_IN_INTENTS, ...REPLY_SIGNALS];
  const rules = scoringRuleIds();
  const avatarIds = Object.keys(avatars.looks);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const object = node as JsonSchema;
    // An intent reference: a name, or a list of names (`when`, `intent`, `due`, `first`, `then`).
    const branches = object.anyOf as JsonSchema[] | undefined;
    const list = branches?.length === 2 ? resolve(branches[1]) : undefined;
    if (branches && list?.type === 'array' && JSON.stringify((list.items as JsonSchema | undefined)?.$ref) === JSON.stringify(branches[0]!.$ref) && branches[0]!.$ref !== undefined) {
      const name = oneOf(intentNames, { $ref: branches[0]!.$ref });
      object.anyOf = [name, { ...list, items: name }];
      return;
    }
    const description = String(object.description ?? '');
    if (description.startsWith('Rule ids')) {
      const list = resolve(object);
      if (list?.type === 'array') {
        delete object.$ref;
        Object.assign(object, { ...list, items: oneOf(rules, list.items as JsonSchema) });
      }
    }
    const properties = object.properties as Record<string, JsonSchema> | undefined;
    if (properties?.avatar && properties.patience) properties.avatar = { ...properties.avatar, examples: avatarIds, ...oneOf(avatarIds, { type: 'string', minLength: 1 }) };
    Object.values(object).forEach(visit);
  };
  visit(schema);
  return schema;
}
