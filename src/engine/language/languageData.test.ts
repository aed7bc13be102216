import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_INTENTS } from '../analysis/replyAnalysis.ts';
import { languageDataSchema } from './languageDataSchema.ts';
import { getLanguageData, LOCALE_CODES, LOCALES } from './locales.ts';
import { italianRegisterSchema } from './it/register/italianRegisterSchema.ts';
import italianRegisterData from './it/register/registerData.json' with { type: 'json' };

const problems = (schema: typeof languageDataSchema | typeof italianRegisterSchema, data: unknown) => {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('language data', () => {
  it("each locale's data, laid over the shared base, matches the schema (checked here, not at run time)", () => {
    for (const locale of LOCALES) expect(problems(languageDataSchema, locale.data), locale.code).toEqual([]);
    expect(problems(italianRegisterSchema, italianRegisterData)).toEqual([]);
  });

  it('has one folder per registered locale, and serves each under its code', () => {
    const folders = readdirSync(new URL('.', import.meta.url)).filter((entry) => statSync(new URL(entry, import.meta.url)).isDirectory());
    expect(folders.sort()).toEqual([...LOCALE_CODES].sort());
    for (const code of LOCALE_CODES) expect(getLanguageData(code).locale).toBe(code);
  });

  it('takes what a locale leaves out from the base, and what it says from its own file', () => {
    const [it_, en] = [getLanguageData('it'), getLanguageData('en')];
    expect(it_.intentRules.maxGap).toBe(en.intentRules.maxGap);
    expect(it_.intentRules.suppress.greeting).toEqual(['bare-presence']);
    expect(it_.style.shorthand.cmq).toBe('comunque');
    expect(en.style.shorthand.cmq).toBeUndefined();
  });

  it('has cue phrases for every built-in intent, in every language', () => {
    for (const { code, data } of LOCALES) {
      const intents = data.intents as Record<string, unknown[]>;
      for (const intent of BUILT_IN_INTENTS) expect(intents[intent]?.length ?? 0, `${code} ${intent}`).toBeGreaterThan(0);
    }
  });
});
