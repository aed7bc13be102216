import type { DocumentPath } from '../studioPart.ts';
import { cursorContext, type CursorContext } from './cursorContext.ts';
import type { EngineVocabulary } from './engineVocabulary.ts';
import { allowsScalar, allowsType, descriptionOf, enumValuesOf, keysOf, schemaAt, type JsonSchema, type SchemaBranch } from './jsonSchemaWalk.ts';
import { scenarioNames, type ScenarioNames } from './scenarioNames.ts';

/** Where a candidate comes from: the editor labels each kind in the trainer's language. */
export type CandidateSource = 'key' | 'enum' | 'built-in-intent' | 'signal' | 'intent' | 'state' | 'fact' | 'list' | 'avatar' | 'rule' | 'scenario-rule';

export interface Candidate {
  label: string;
  source: CandidateSource;
  /** The text that replaces the word under the cursor. */
  apply: string;
  /** The schema's description of a key or of an enum. */
  description?: string | undefined;
}

export interface Completion {
  path: DocumentPath;
  position: CursorContext['position'];
  /** The stretch of text the candidate replaces. */
  from: number;
  to: number;
  candidates: Candidate[];
  names: ScenarioNames;
}

/** The fields whose values name other things, by the key they sit under (the last key of the path). */
const REFERENCES: Record<string, 'intent' | 'state' | 'fact' | 'avatar' | 'rule'> = {
  when: 'intent',
  intent: 'intent',
  due: 'intent',
  first: 'intent',
  then: 'intent',
  goto: 'state',
  start: 'state',
  set: 'fact',
  facts: 'fact',
  missing: 'fact',
  fact: 'fact',
  avatar: 'avatar',
  findings: 'rule',
  noFindings: 'rule',
};

/** What may be written at `offset` in `text`: the keys the schema allows there, or the values that fit. */
export function completeAt(text: string, offset: number, schema: JsonSchema, vocabulary: EngineVocabulary): Completion | undefined {
  const context = cursorContext(text, offset);
  if (!context) return undefined;
  const names = scenarioNames(context.document, schema, context.marker);
  const candidates: Candidate[] = [];
  if (context.position === 'key') candidates.push(...keyCandidates(schema, schemaAt(schema, context.path), context));
  else {
    const branches = schemaAt(schema, context.path);
    candidates.push(...valueCandidates(branches, context, names, vocabulary));
    if (context.mayStartMapping) candidates.push(...keyCandidates(schema, branches, context));
  }
  return { path: context.path, position: context.position, from: context.from, to: context.to, candidates, names };
}

function keyCandidates(schema: JsonSchema, branches: SchemaBranch[], context: CursorContext): Candidate[] {
  const objects = branches.filter((branch) => allowsType([branch], 'object'));
  return keysOf(schema, objects)
    .filter((key) => !context.presentKeys.includes(key.name))
    .map((key) => {
      // A scalar goes on the key's line; a mapping or a list starts on the next one.
      const apply = context.followedByColon ? key.name : `${key.name}:${allowsScalar(schemaAt(schema, [...context.path, key.name])) ? ' ' : ''}`;
      return { label: key.name, source: 'key', apply, description: key.description };
    });
}

function valueCandidates(branches: SchemaBranch[], context: CursorContext, names: ScenarioNames, vocabulary: EngineVocabulary): Candidate[] {
  const scalar = (label: string, source: CandidateSource, description?: string): Candidate => ({ label, source, apply: label, description });
  const candidates = enumValuesOf(branches).map((value) => scalar(value, 'enum', descriptionOf(branches)));

  const field = [...context.path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (field === 'keywords' && context.typed.startsWith('@')) return names.lists.map((list) => scalar(`@${list}`, 'list'));
  const reference = field !== undefined && Object.hasOwn(REFERENCES, field) ? REFERENCES[field] : undefined;
  if (reference === undefined) return candidates;

  // A list of names written on the key's line takes brackets: `set: [heard]`.
  const listOnly = !allowsType(branches, 'string') && branches.some((branch) => branch.schema['type'] === 'array');
  if (!listOnly && !allowsType(branches, 'string')) return candidates;
  const named = (label: string, source: CandidateSource): Candidate => ({ label, source, apply: listOnly ? `[${label}]` : label });
  switch (reference) {
    case 'intent':
      candidates.push(...names.intents.map((name) => named(name, 'intent')));
      candidates.push(...vocabulary.builtInIntents.map((name) => named(name, 'built-in-intent')));
      candidates.push(...vocabulary.signals.map((name) => named(name, 'signal')));
      break;
    case 'state':
      candidates.push(...names.states.map((name) => named(name, 'state')));
      break;
    case 'fact':
      candidates.push(...names.facts.map((name) => named(name, 'fact')));
      break;
    case 'avatar':
      candidates.push(...vocabulary.avatars.map((name) => named(name, 'avatar')));
      break;
    case 'rule':
      candidates.push(...names.rules.map((name) => named(name, 'scenario-rule')));
      candidates.push(...vocabulary.rules.map((name) => named(name, 'rule')));
      break;
  }
  // The JSON Schema lists the same names (built-in intents, rule ids, avatars) as plain choices: the
  // engine's own candidate says what each is.
  const specific = new Set(candidates.filter((candidate) => candidate.source !== 'enum').map((candidate) => candidate.label));
  return candidates.filter((candidate) => candidate.source !== 'enum' || !specific.has(candidate.label));
}
