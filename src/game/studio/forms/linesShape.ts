/** The shapes of a customer's lines that the forms edit; any other shape is edited as text. */
export const VARIANT_KINDS = ['cycle', 'shuffle', 'once', 'sequence'] as const;
export type LinesKind = 'single' | 'list' | (typeof VARIANT_KINDS)[number];

export type LinesShape = { kind: LinesKind; lines: string[] } | { kind: 'other' };

const allTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every((line) => typeof line === 'string');

/** Reads `say`-like values: a text, a list of texts, or one `{cycle|shuffle|once|sequence: [texts]}`. */
export function readLines(value: unknown): LinesShape {
  if (value === undefined || value === null) return { kind: 'single', lines: [''] };
  if (typeof value === 'string') return { kind: 'single', lines: [value] };
  if (allTexts(value)) return { kind: 'list', lines: value };
  if (typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const kind = VARIANT_KINDS.find((candidate) => keys.length === 1 && keys[0] === candidate);
    const lines = kind ? (value as Record<string, unknown>)[kind] : undefined;
    if (kind && allTexts(lines)) return { kind, lines };
  }
  return { kind: 'other' };
}

/** The value to write for lines of a kind; empty lines are dropped, and no line at all is nothing. */
export function writeLines(kind: LinesKind, lines: readonly string[]): unknown {
  const kept = lines.filter((line) => line.trim() !== '');
  if (kept.length === 0) return undefined;
  if (kind === 'single') return kept[0];
  if (kind === 'list') return kept;
  return { [kind]: kept };
}

/** Where line `index` of lines of `kind` sits below the value's own path. */
export const linePath = (kind: LinesKind, index: number): (string | number)[] => (kind === 'single' ? [] : kind === 'list' ? [index] : [kind, index]);
