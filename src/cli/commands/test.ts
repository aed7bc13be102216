import { dimensionLabel, DIMENSIONS, formatProblem, replayReplies, runScenarioTests, type AuthorLanguage } from '../../engine/index.ts';
import { findScenarioFiles, readScenarioFile } from '../files.ts';
import { formatExplanation } from '../formatExplanation.ts';

/** `galateo test [files]`: runs each scenario's own test conversations; a failed one shows what was read in each reply. */
export function test(paths: string[], language: AuthorLanguage): number {
  const files = findScenarioFiles(paths.length > 0 ? paths : ['scenarios']);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const result = readScenarioFile(file, { language });
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
        const played = result.compiled.scenario.tests.find((candidate) => candidate.name === outcome.name)!;
        const explanation = formatExplanation(replayReplies(result.compiled, played.replies, played.seed));
        if (explanation !== '') console.log(explanation.replace(/^/gm, '    '));
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
