import { describe, expect, it } from 'vitest';
import { allowsType, defaultOf, descriptionOf, enumValuesOf, keysOf, schemaAt, type JsonSchema } from './jsonSchemaWalk.ts';
import { SCENARIO_JSON_SCHEMA } from './scenarioJsonSchema.ts';

const tiny: JsonSchema = {
  type: 'object',
  properties: {
    mood: { description: 'How the customer feels.', $ref: '#/$defs/mood' },
    lines: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string', enum: ['a', 'b'] } }] },
    scores: { type: 'object', propertyNames: { enum: ['x', 'y'] }, additionalProperties: { type: 'number' } },
    named: { type: 'object', additionalProperties: { type: 'object', properties: { on: { type: 'boolean', default: false } } } },
    loop: { $ref: '#/properties/loop' },
  },
  $defs: { mood: { type: 'integer', default: 0 } },
};

describe('jsonSchemaWalk', () => {
  it('follows properties, $refs, unions, items and additional properties', () => {
    expect(allowsType(schemaAt(tiny, ['mood']), 'integer')).toBe(true);
    expect(descriptionOf(schemaAt(tiny, ['mood']))).toBe('How the customer feels.');
    expect(allowsType(schemaAt(tiny, ['lines']), 'string')).toBe(true);
    expect(enumValuesOf(schemaAt(tiny, ['lines', 3]))).toEqual(['a', 'b']);
    expect(keysOf(tiny, schemaAt(tiny, ['named', 'anything'])).map((key) => key.name)).toEqual(['on']);
    expect(enumValuesOf(schemaAt(tiny, ['named', 'anything', 'on']))).toEqual(['true', 'false']);
  });

  it('lists property names an enum allows as keys', () => {
    expect(keysOf(tiny, schemaAt(tiny, ['scores'])).map((key) => key.name)).toEqual(['x', 'y']);
  });

  it('finds nothing on a path the schema does not have, and survives a $ref to itself', () => {
    expect(schemaAt(tiny, ['nowhere', 'at-all'])).toEqual([]);
    expect(schemaAt(tiny, ['mood', 'deeper'])).toEqual([]);
    expect(schemaAt(tiny, ['loop'])).toEqual([]);
  });

  it('reads defaults on a property or behind its $ref', () => {
    expect(defaultOf(tiny, schemaAt(tiny, []), 'mood')).toBe(0);
    expect(defaultOf(tiny, schemaAt(tiny, ['named', 'n']), 'on')).toBe(false);
  });

  it('walks the scenario schema: a state’s keys, a transition’s outcome, a forbidden rule’s default dimension', () => {
    const stateKeys = keysOf(SCENARIO_JSON_SCHEMA, schemaAt(SCENARIO_JSON_SCHEMA, ['states', 'waiting'])).map((key) => key.name);
    expect(stateKeys).toEqual(expect.arrayContaining(['say', 'phase', 'on', 'otherwise', 'silence', 'expect', 'outcome']));
    expect(enumValuesOf(schemaAt(SCENARIO_JSON_SCHEMA, ['states', 'waiting', 'on', 0, 'outcome']))).toEqual(['resolved', 'abandoned', 'escalated', 'unresolved']);
    expect(defaultOf(SCENARIO_JSON_SCHEMA, schemaAt(SCENARIO_JSON_SCHEMA, ['policy', 'forbidden', 0]), 'dimension')).toBe('register');
    expect(defaultOf(SCENARIO_JSON_SCHEMA, schemaAt(SCENARIO_JSON_SCHEMA, ['policy', 'required', 0]), 'dimension')).toBe('exhaustiveness');
  });
});
