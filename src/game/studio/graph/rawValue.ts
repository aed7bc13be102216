/**
 * Tolerant readers for a half-written YAML value: each returns what is there when it has the
 * expected shape, and nothing otherwise, so that the graph draws whatever the trainer has typed so far.
 */

/** A mapping (not a list, not null). */
export function asMapping(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty text. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** One name or a list of names (`when: greeting` or `when: [greeting, thanks]`); whatever is not text is left out. */
export function asNames(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 0 ? [value] : [];
  return asList(value).flatMap((item) => (typeof item === 'string' && item.length > 0 ? [item] : []));
}

/** The own keys of a mapping, in the order they were written. */
export function keysOf(value: unknown): string[] {
  const mapping = asMapping(value);
  return mapping ? Object.keys(mapping) : [];
}
