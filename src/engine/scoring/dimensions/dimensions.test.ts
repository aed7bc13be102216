import { describe, expect, it } from 'vitest';
import { PHASES } from '../../scenario/phases.ts';
import { compileYaml, MINI_SCENARIO } from '../../testSupport.ts';
import { replayReplies } from '../../session/replay.ts';
import { ReportSchema } from '../reportSchema.ts';
import { dimensionLabel, ruleTexts } from '../ruleTexts.ts';
import { scoreSession } from '../scoreSession.ts';
import { DEFAULT_WEIGHTS, DIMENSION_REGISTRY, DIMENSIONS } from './index.ts';

describe('the dimension registry', () => {
  it('lists each dimension once, in report order, with a weight and a phase', () => {
    expect(new Set(DIMENSIONS).size).toBe(DIMENSION_REGISTRY.length);
    for (const dimension of DIMENSION_REGISTRY) {
      expect(dimension.weight).toBeGreaterThan(0);
      expect(DEFAULT_WEIGHTS[dimension.id]).toBe(dimension.weight);
      expect(PHASES).toContain(dimension.phase);
    }
  });

  it('names every dimension, and explains its no-reply rule, in every locale', () => {
    for (const locale of ['it', 'en'] as const) {
      for (const dimension of DIMENSION_REGISTRY) {
        expect(dimensionLabel(locale, dimension.id)).not.toBe(`dimension.${dimension.id}`);
        if (dimension.noReplyRule) expect(ruleTexts(locale).explain(dimension.noReplyRule).explanation).not.toBe(dimension.noReplyRule);
      }
    }
  });

  it("gives each dimension its part of the report, with its descriptor's fields, in a report the schema accepts", () => {
    const report = scoreSession(replayReplies(compileYaml(MINI_SCENARIO), [{ delay: 3, text: 'Buongiorno, sono Giulia. Come posso aiutarLa?' }]));
    expect(Object.keys(report.dimensions)).toEqual([...DIMENSIONS]);
    for (const dimension of DIMENSION_REGISTRY) {
      expect(Object.keys(report.dimensions[dimension.id])).toEqual(['score', 'weight', 'findings', ...Object.keys(dimension.report)]);
    }
    expect(ReportSchema.parse(report)).toEqual(report);
  });
});
