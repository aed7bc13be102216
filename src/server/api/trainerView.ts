import type { TrainerClass } from '../../classroom/contract.ts';
import { DIMENSIONS, type Report } from '../../engine/index.ts';
import { classAverages } from '../classroom/classAverages.ts';
import { commonFindings } from '../classroom/commonFindings.ts';
import { traineeStatus } from '../classroom/traineeStatus.ts';
import { traineeActivity } from '../store/attempts.ts';
import type { ClassRow } from '../store/classes.ts';
import { listRevisions } from '../store/publishedScenarios.ts';
import { listSubmissions, type SubmissionRow } from '../store/submissions.ts';
import { listRemovedTrainees, listTrainees } from '../store/trainees.ts';
import { classInfoOf } from './classInfoView.ts';
import type { ApiContext } from './context.ts';

const dimensionScores = (report: Report) => Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, report.dimensions[dimension].score]));

export const trainerSubmission = (submission: SubmissionRow) => ({
  submissionId: submission.id,
  traineeId: submission.trainee_id,
  scenario: submission.scenario,
  total: submission.total,
  outcome: submission.outcome,
  dimensions: dimensionScores(submission.report),
  submittedAt: submission.created_at.toISOString(),
  scenarioHash: submission.scenario_hash,
});

/** Everything the dashboard shows of a class: roster with status, submissions, averages, common findings. */
export async function trainerView(context: Pick<ApiContext, 'db' | 'catalog'>, row: ClassRow, now = new Date()): Promise<TrainerClass> {
  const [trainees, submissions, removed, activity, info, published] = await Promise.all([
    listTrainees(context.db, row.id),
    listSubmissions(context.db, row.id),
    listRemovedTrainees(context.db, row.id),
    traineeActivity(context.db, row.id),
    classInfoOf(context, row),
    listRevisions(context.db, row.id),
  ]);
  const perTrainee = new Map<string, Record<string, { best: number; attempts: number }>>();
  for (const submission of submissions) {
    const scenarios = perTrainee.get(submission.trainee_id) ?? {};
    const stat = (scenarios[submission.scenario] ??= { best: 0, attempts: 0 });
    stat.best = Math.max(stat.best, submission.total);
    stat.attempts += 1;
    perTrainee.set(submission.trainee_id, scenarios);
  }
  const activityOf = new Map(activity.map((entry) => [entry.traineeId, entry]));
  const nicknameOf = new Map(trainees.map((trainee) => [trainee.id, trainee.nickname]));
  return {
    classId: row.id,
    class: info,
    profanityFilter: row.profanity_filter,
    trainees: trainees.map((trainee) => ({
      traineeId: trainee.id,
      nickname: trainee.nickname,
      joinedAt: trainee.joined_at.toISOString(),
      status: traineeStatus(activityOf.get(trainee.id) ?? { openAttemptAt: null, lastSubmissionAt: null }, now),
      perScenario: perTrainee.get(trainee.id) ?? {},
    })),
    submissions: submissions.map(trainerSubmission),
    averages: classAverages(submissions.map((submission) => submission.report)),
    commonFindings: commonFindings(
      submissions.map((submission) => ({
        submissionId: submission.id,
        traineeId: submission.trainee_id,
        nickname: nicknameOf.get(submission.trainee_id) ?? '',
        scenario: submission.scenario,
        report: submission.report,
      })),
    ),
    removed: removed.map((trainee) => ({ traineeId: trainee.id, nickname: trainee.nickname, removedAt: trainee.removed_at?.toISOString() ?? null })),
    published,
  };
}
