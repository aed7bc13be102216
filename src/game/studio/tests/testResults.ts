import { compareWithBlessed, runScenarioTest, type BlessedComparison, type CompiledScenario, type ScenarioTestResult } from '../../../engine/index.ts';

/** One saved test replayed on the scenario as it is now, and how it differs from its blessed result. */
export interface TestStatus {
  index: number;
  name: string;
  result: ScenarioTestResult;
  /** Against the blessed result; undefined when the test has none. */
  comparison: BlessedComparison | undefined;
}

/** The same compiled scenario gives the same results: the tests panel and the calibration panel share them. */
const cache = new WeakMap<CompiledScenario, TestStatus[]>();

/** Replays every test conversation of the scenario (as `galateo test` does) and compares each with its blessed result. */
export function testResults(compiled: CompiledScenario): TestStatus[] {
  const known = cache.get(compiled);
  if (known) return known;
  const statuses = compiled.scenario.tests.map((test, index) => {
    const result = runScenarioTest(compiled, test);
    return { index, name: test.name, result, comparison: test.blessed ? compareWithBlessed(test.blessed, result.report) : undefined };
  });
  cache.set(compiled, statuses);
  return statuses;
}
