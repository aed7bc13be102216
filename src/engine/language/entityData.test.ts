import { describe, expect, it } from 'vitest';
import { lexItems } from '../analysis/entities/lexItems.ts';
import { entityDataSchema } from './entityDataSchema.ts';
import { LOCALES } from './locales.ts';

describe('entity data', () => {
  it("each locale's entity data matches the schema (checked here, not at run time)", () => {
    for (const { code, entities } of LOCALES) {
      const parsed = entityDataSchema.safeParse(entities);
      expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), code).toEqual([]);
    }
  });

  it('has every phrase made of pieces the reader can match, and number pieces of one word each', () => {
    for (const { code, entities } of LOCALES) {
      for (const piece of Object.keys({ ...entities.numbers.parts, ...entities.numbers.multipliers })) {
        expect(
          lexItems(piece).map((item) => item.kind),
          `${code} ${piece}`,
        ).toEqual(['word']);
      }
      for (const month of Object.keys(entities.dates.months)) expect(lexItems(month), `${code} ${month}`).toHaveLength(1);
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
