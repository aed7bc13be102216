import { describe, expect, it } from 'vitest';
import { BUILT_IN_INTENTS } from '../analysis/replyAnalysis.ts';
import en from './en.json' with { type: 'json' };
import it_ from './it.json' with { type: 'json' };
import { getLanguageData } from './languageData.ts';
import { languageDataSchema } from './languageDataSchema.ts';

describe('language data', () => {
  it('both locale files match the schema (checked here, not at run time)', () => {
    const problems = (data: unknown) => {
      const parsed = languageDataSchema.safeParse(data);
      return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(problems(it_)).toEqual([]);
    expect(problems(en)).toEqual([]);
  });

  it('serves each locale', () => {
    expect(getLanguageData('it').locale).toBe('it');
    expect(getLanguageData('en').locale).toBe('en');
  });

  it('has cue phrases for every built-in intent, in both languages', () => {
    for (const locale of ['it', 'en'] as const) {
      const intents = getLanguageData(locale).intents as Record<string, unknown[]>;
      for (const intent of BUILT_IN_INTENTS) expect(intents[intent]?.length ?? 0, `${locale} ${intent}`).toBeGreaterThan(0);
    }
  });
});
