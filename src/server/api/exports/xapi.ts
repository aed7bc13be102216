import { DIMENSIONS } from '../../../engine/index.ts';
import type { ScenarioCatalog } from '../../classroom/scenarioCatalog.ts';
import type { ClassRow } from '../../store/classes.ts';
import type { SubmissionRow } from '../../store/submissions.ts';
import type { TraineeRow } from '../../store/trainees.ts';
import { URL_NAMESPACE, uuidV5 } from './uuidV5.ts';

/** A session at or above this total is passed. */
export const PASS_THRESHOLD = 60;

const VERB = (id: 'completed' | 'passed' | 'failed') => ({ id: `http://adlnet.gov/expapi/verbs/${id}`, display: { 'en-US': id } });

export interface XapiInput {
  origin: string;
  classRow: ClassRow;
  catalog: ScenarioCatalog;
  trainees: TraineeRow[];
  submissions: SubmissionRow[];
}

/** ISO 8601 duration from seconds, as xAPI wants it. */
const duration = (seconds: number) => `PT${Math.max(0, Math.round(seconds * 100) / 100)}S`;

/**
 * xAPI 1.0.3 statements, two per submission: `completed` without a score (as cmi5 requires), then
 * `passed` or `failed` with the score and the five dimensions. Statement ids derive from the
 * submission id, so sending the export to an LRS twice stores nothing twice.
 */
export function exportXapi({ origin, classRow, catalog, trainees, submissions }: XapiInput): object[] {
  const nicknames = new Map(trainees.map((trainee) => [trainee.id, trainee.nickname]));
  const classActivity = { objectType: 'Activity', id: `${origin}/xapi/classes/${classRow.id}`, definition: { name: { und: classRow.name } } };
  return submissions.flatMap((submission) => {
    const report = submission.report;
    const statementBase = {
      version: '1.0.3',
      actor: { objectType: 'Agent', name: nicknames.get(submission.trainee_id) ?? '', account: { homePage: origin, name: submission.trainee_id } },
      object: {
        objectType: 'Activity',
        id: `${origin}/xapi/scenarios/${submission.scenario}`,
        definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { [report.locale === 'en' ? 'en' : 'it']: catalog.get(submission.scenario)?.title ?? submission.scenario } },
      },
      context: {
        registration: submission.attempt_id,
        contextActivities: { grouping: [classActivity] },
        extensions: { [`${origin}/xapi/extensions/scenario-version`]: submission.scenario_version },
      },
      timestamp: submission.created_at.toISOString(),
    };
    const verdict = report.total >= PASS_THRESHOLD ? 'passed' : 'failed';
    return [
      { id: uuidV5(`${origin}/xapi/submissions/${submission.id}/completed`, URL_NAMESPACE), ...statementBase, verb: VERB('completed'), result: { completion: true, duration: duration(report.duration) } },
      {
        id: uuidV5(`${origin}/xapi/submissions/${submission.id}/${verdict}`, URL_NAMESPACE),
        ...statementBase,
        verb: VERB(verdict),
        result: {
          score: { scaled: report.total / 100, raw: report.total, min: 0, max: 100 },
          success: verdict === 'passed',
          completion: true,
          extensions: Object.fromEntries(DIMENSIONS.map((dimension) => [`${origin}/xapi/extensions/dimensions/${dimension}`, report.dimensions[dimension].score])),
        },
      },
    ];
  });
}
