import { dimensionLabel, DIMENSIONS, formatProblem, runScenarioTests } from '../../engine/index.ts';
import { findScenarioFiles, readScenarioFile } from '../files.ts';

/** `galateo test [files]`: runs each scenario's own test conversations. */
export function test(paths: string[]): number {
  const files = findScenarioFiles(paths.length > 0 ? paths : ['scenarios']);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const result = readScenarioFile(file);
    if (!result.compiled) {
      for (const problem of result.problems) console.error(formatProblem(problem));
      failed++;
      continue;
    }
    for (const outcome of runScenarioTests(result.compiled)) {
      const { report } = outcome;
      const scores = DIMENSIONS.map((dimension) => `${dimensionLabel(report.locale, dimension)} ${report.dimensions[dimension].score}`);
      const summary = `total ${report.total}, ${report.outcome} (${scores.join(', ')})`;
      if (outcome.passed) {
        passed++;
        console.log(`✓ ${file} › ${outcome.name}: ${summary}`);
      } else {
        failed++;
        console.log(`✗ ${file} › ${outcome.name}: ${summary}`);
        for (const failure of outcome.failures) console.log(`    ${failure}`);
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
