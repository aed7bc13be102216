import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compileScenario.ts';
import { runScenarioTest } from './runScenarioTests.ts';
import { loadScenario } from './scenario/loadScenario.ts';
import { formatProblem } from './scenario/problem.ts';
import { scenarioJsonSchema } from './scenario/scenarioJsonSchema.ts';

const folder = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

describe('the bundled scenarios', () => {
  it('include the four the product ships with', () => {
    expect(files).toEqual(expect.arrayContaining(['rc-auto-renewal.yaml', 'angry-complainer.yaml', 'social-piranha.yaml', 'email-handoff.yaml']));
  });

  it("keep the editors' JSON Schema in step with the zod schema (npm run schema)", () => {
    const committed = JSON.parse(readFileSync(new URL('scenario.schema.json', folder), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  for (const file of files) {
    describe(file, () => {
      const text = readFileSync(new URL(file, folder), 'utf8');
      const loaded = loadScenario(text, `scenarios/${file}`);

      it('is valid and points editors at the JSON Schema', () => {
        expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([]);
        expect(text.startsWith('# yaml-language-server: $schema=./scenario.schema.json')).toBe(true);
      });
      if (!loaded.ok) return;

      const compiled = compileScenario(loaded.scenario);
      it('has test conversations for a strong, a weak and a silent agent', () => {
        expect(loaded.scenario.tests.length).toBeGreaterThanOrEqual(3);
        expect(loaded.scenario.tests.some((test) => test.replies.length === 0)).toBe(true);
      });
      for (const test of loaded.scenario.tests) {
        it(`passes its test conversation "${test.name}"`, () => {
          expect(runScenarioTest(compiled, test).failures).toEqual([]);
        });
      }
    });
  }
});
