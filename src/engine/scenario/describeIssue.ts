import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** A zod issue flattened to a path and a sentence a scenario author understands. */
export interface DescribedIssue {
  path: PathKey[];
  message: string;
  /** For unknown keys: the key itself, so the location can point at it. */
  key?: string;
}

const typeNames: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  record: 'a mapping of names to values',
};

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}

/**
 * Picks the union branch that went furthest (its errors sit deepest), which is almost always the
 * shape the author meant, and reports its problems instead of a bare "invalid input".
 */
function bestUnionBranch(branches: Issue[][]): Issue[] {
  let best: Issue[] = [];
  let bestScore = -Infinity;
  for (const branch of branches) {
    const depth = Math.max(0, ...branch.map((issue) => issue.path.length));
    const score = depth * 100 - branch.length;
    if (score > bestScore) {
      bestScore = score;
      best = branch;
    }
  }
  return best;
}

export function describeIssues(issues: readonly Issue[], basePath: PathKey[] = [], input?: unknown): DescribedIssue[] {
  const described: DescribedIssue[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...issue.path];
    switch (issue.code) {
      case 'invalid_type': {
        const received = describeReceived(valueAt(input, path));
        const expected = typeNames[issue.expected] ?? issue.expected;
        described.push({ path, message: received === 'nothing' ? `missing: expected ${expected}` : `expected ${expected}, found ${received}` });
        break;
      }
      case 'invalid_value':
        described.push({ path, message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describeReceived(valueAt(input, path))}` });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) described.push({ path, key, message: `unknown key "${key}"` });
        break;
      case 'invalid_union': {
        const branch = bestUnionBranch(issue.errors);
        const nested = branch.length > 0 ? describeIssues(branch, path, input) : [];
        const onlyShallow = nested.every((n) => n.path.length === path.length && !n.key);
        if (nested.length === 0 || (onlyShallow && issue.errors.length > 1)) {
          described.push({ path, message: `${issue.message === 'Invalid input' ? 'this value has the wrong shape' : issue.message}: found ${describeReceived(valueAt(input, path))}` });
        } else {
          described.push(...nested);
        }
        break;
      }
      case 'too_small':
        described.push({
          path,
          message:
            issue.origin === 'array'
              ? `expected at least ${String(issue.minimum)} item(s)`
              : issue.origin === 'string'
                ? 'expected a non-empty text'
                : issue.inclusive === false
                  ? `expected a value greater than ${String(issue.minimum)}`
                  : `expected a value of at least ${String(issue.minimum)}`,
        });
        break;
      case 'too_big':
        described.push({
          path,
          message:
            issue.origin === 'array'
              ? `expected at most ${String(issue.maximum)} items`
              : issue.origin === 'string'
                ? `text too long: at most ${String(issue.maximum)} characters`
                : issue.inclusive === false
                  ? `expected a value less than ${String(issue.maximum)}`
                  : `expected a value of at most ${String(issue.maximum)}`,
        });
        break;
      case 'invalid_format':
      case 'custom':
        described.push({ path, message: issue.message });
        break;
      default:
        described.push({ path, message: issue.message });
    }
  }
  return described;
}

function valueAt(input: unknown, path: PathKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
