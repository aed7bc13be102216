import { calibrationFigures, type CalibrationFigures, type CalibrationRow } from '../calibration/calibrationFigures.ts';
import type { Outcome, TestGrade } from '../scenario/scenarioSchema.ts';
import type { Report } from '../scoring/reportSchema.ts';

/** One of a scenario's test conversations that the trainer graded, with the engine's report on it. */
export interface GradedTest {
  name: string;
  grade: TestGrade;
  /** The test's expected outcome, when it names one: the trainer's outcome for agreement. */
  outcome?: Outcome | undefined;
  report: Report;
}

export interface TestCalibration {
  figures: CalibrationFigures;
  /** How many graded tests name an expected outcome: the outcome agreement is over these alone. */
  withOutcome: number;
}

/**
 * The figures `galateo calibrate` prints, over a scenario's graded tests: mean absolute error,
 * Spearman, clear pairs reversed, the rules that disagree most. A test grade has no outcome of its
 * own; the test's expected outcome stands for it, and agreement counts only the tests that have one.
 */
export function calibrateTests(scenario: string, graded: readonly GradedTest[]): TestCalibration {
  const rowOf = (test: GradedTest, outcome: Outcome): CalibrationRow => ({
    file: test.name,
    scenario,
    expert: { total: test.grade.total, outcome, ...(test.grade.dimensions ? { dimensions: test.grade.dimensions } : {}) },
    engine: test.report,
  });
  // Without an expected outcome the row still counts for the scores; its outcome is left out of agreement below.
  const figures = calibrationFigures(graded.map((test) => rowOf(test, test.outcome ?? test.report.outcome)));
  const withOutcome = graded.filter((test) => test.outcome !== undefined);
  const agreement = calibrationFigures(withOutcome.map((test) => rowOf(test, test.outcome!))).outcomeAgreement;
  return { figures: { ...figures, outcomeAgreement: agreement, outcomeAgreementAsGraded: null }, withOutcome: withOutcome.length };
}
