import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, loadScenario, runScenarioTests } from '../../../engine/index.ts';

describe('the new-scenario templates', () => {
  for (const locale of ['it', 'en']) {
    it(`in ${locale}: a valid scenario in its language whose own test passes`, () => {
      const file = `template.${locale}.yaml`;
      const loaded = loadScenario(readFileSync(new URL(file, import.meta.url), 'utf8'), file);
      expect(loaded.problems).toEqual([]);
      if (!loaded.ok) return;
      expect(loaded.scenario.locale).toBe(locale);
      expect(loaded.scenario.tests.length).toBeGreaterThan(0);
      const results = runScenarioTests(compileScenario(loaded.scenario));
      expect(results.filter((result) => !result.passed).map((result) => result.name)).toEqual([]);
    });
  }
});
