import { describe, expect, it } from 'vitest';
import { entityDataSchema } from './entityDataSchema.ts';
import { LOCALES } from './locales.ts';

describe('entity data', () => {
  it("each locale's entity data matches the schema (checked here, not at run time)", () => {
    for (const { code, entities } of LOCALES) {
      const parsed = entityDataSchema.safeParse(entities);
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), code).toEqual([]);
    }
  });

  it('names the same kinds of thing in every language', () => {
    const [italian, english] = LOCALES.map((locale) => locale.entities);
    expect(Object.keys(english!.dates.months)).toHaveLength(12);
    expect(Object.keys(italian!.dates.months)).toHaveLength(12);
    expect(new Set(Object.values(english!.dates.weekdays))).toEqual(new Set(Object.values(italian!.dates.weekdays)));
    expect(new Set(Object.values(english!.durations.units))).toEqual(new Set(Object.values(italian!.durations.units)));
  });
});
