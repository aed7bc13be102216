import { getLocale, type Locale } from '../language/locales.ts';

/**
 * Explanations and better phrasings of the scoring rules, from each locale's `ruleTexts.json`. A
 * rule may have an informal variant (`rule#informal`) whose better phrasing uses tu, for brands that do.
 */

export type TextValues = Record<string, string | number | undefined>;

const fill = (template: string, values: TextValues) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : String(values[key])));

export interface RuleTexts {
  explain(rule: string, values?: TextValues): { explanation: string; better: string };
  word(key: string, values?: TextValues): string;
}

export function ruleTexts(locale: Locale, register: 'formal' | 'informal' = 'formal'): RuleTexts {
  const table = getLocale(locale).ruleTexts;
  return {
    explain(rule, values = {}) {
      const entry = table[rule];
      if (entry === undefined || typeof entry === 'string' || !('explain' in entry)) return { explanation: rule, better: '' };
      const variant = register === 'informal' ? table[`${rule}#informal`] : undefined;
      const better = variant !== undefined && typeof variant !== 'string' ? variant.better : entry.better;
      return { explanation: fill(entry.explain, values), better: fill(better, values) };
    },
    word(key, values = {}) {
      const entry = table[key];
      return typeof entry === 'string' ? fill(entry, values) : key;
    },
  };
}

/** A dimension's name as trainees read it, from the locale's rule texts (`dimension.<id>`). */
export const dimensionLabel = (locale: Locale, dimension: string) => ruleTexts(locale).word(`dimension.${dimension}`);
