import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { defaultOf, schemaAt, type JsonSchema } from './jsonSchemaWalk.ts';

/** The names a scenario file defines for itself, which its other fields refer to. */
export interface ScenarioNames {
  states: string[];
  intents: string[];
  facts: string[];
  lists: string[];
  /** The ids its policy's findings carry: `<dimension>.<id>`, as scorePolicy writes them. */
  rules: string[];
  /** The scenario's language, when the file names a known one. */
  locale: string | undefined;
}

/** Contradictions have no dimension of their own: scorePolicy files them under exhaustiveness. */
const CONTRADICTION_DIMENSION = 'exhaustiveness';

const scalarText = (node: unknown): string | undefined => (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined);

/**
 * Reads the names from the document as it stands, valid or not, without resolving aliases (an alias
 * bomb stays cheap). `ignore` is the completion marker, which is no name of the author's.
 */
export function scenarioNames(document: Document, schema: JsonSchema, ignore: string): ScenarioNames {
  const keysOf = (key: string) => {
    const node = document.get(key, true);
    if (!isMap(node)) return [];
    return node.items.map((pair) => scalarText(pair.key)).filter((name): name is string => name !== undefined && name !== ignore);
  };
  const policyRules = (kind: 'forbidden' | 'required' | 'contradictions') => {
    const list = document.getIn(['policy', kind], true);
    if (!isSeq(list)) return [];
    const itemSchema = schemaAt(schema, ['policy', kind, 0]);
    const fallback = defaultOf(schema, itemSchema, 'dimension');
    return list.items.flatMap((item) => {
      const id = isMap(item) ? scalarText(item.get('id', true)) : undefined;
      if (id === undefined || id === ignore) return [];
      const dimension = (isMap(item) ? scalarText(item.get('dimension', true)) : undefined) ?? (typeof fallback === 'string' ? fallback : CONTRADICTION_DIMENSION);
      return [`${dimension}.${id}`];
    });
  };
  const locale = scalarText(document.get('locale', true));
  return {
    states: keysOf('states'),
    intents: keysOf('intents'),
    facts: keysOf('facts'),
    lists: keysOf('lists'),
    rules: [...policyRules('forbidden'), ...policyRules('required'), ...policyRules('contradictions')],
    locale: locale === ignore ? undefined : locale,
  };
}
