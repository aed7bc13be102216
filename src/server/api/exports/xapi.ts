import { DIMENSIONS, type Outcome, type Report } from '../../../engine/index.ts';
import type { ClassRow } from '../../store/classes.ts';
import type { SubmissionRow } from '../../store/submissions.ts';
import type { TraineeRow } from '../../store/trainees.ts';
import { URL_NAMESPACE, uuidV5 } from './uuidV5.ts';

/** A session at or above this total can pass. */
export const PASS_THRESHOLD = 60;

/**
 * Endings where the customer was served: solved in the chat, or handed to a colleague (a transfer
 * is the right move in some scenarios, e.g. angry-complainer). A customer who left (abandoned) or
 * a chat closed or timed out with the problem open (unresolved) is never a pass, whatever the score.
 */
const SERVED_OUTCOMES: ReadonlySet<Outcome> = new Set(['resolved', 'escalated']);

type Verdict = 'passed' | 'failed';

/** Passed: a served customer, no critical finding (no greeting, no reply, a customer left waiting...), and the threshold. */
export function verdictOf(report: Report): Verdict {
  const disqualified = !SERVED_OUTCOMES.has(report.outcome) || report.findings.some((finding) => finding.severity === 'critical');
  return !disqualified && report.total >= PASS_THRESHOLD ? 'passed' : 'failed';
}

/** ISO 8601 duration, to the hundredth of a second that xAPI keeps. */
export function isoDuration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const showSeconds = seconds > 0 || (hours === 0 && minutes === 0);
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${showSeconds ? `${seconds}S` : ''}`;
}

const VERB = (id: 'completed' | Verdict) => ({ id: `http://adlnet.gov/expapi/verbs/${id}`, display: { 'en-US': id } });

export interface XapiInput {
  /** Already checked: see exportOrigin. */
  origin: string;
  classRow: ClassRow;
  /** The activity's name: each class scenario's title, bundled or published. */
  titles: ReadonlyMap<string, string>;
  trainees: TraineeRow[];
  submissions: SubmissionRow[];
  /** Per submission id, when its log's last event happened (ms from the opening of the chat). */
  lastEventAt: ReadonlyMap<string, number>;
}

/**
 * xAPI 1.0.3 statements, two per submission, following cmi5's rules for its verbs: `completed`
 * with `completion` and no score, then `passed` or `failed` with `success`, the score, the five
 * dimensions and the outcome, and no `completion`; both with the chat's length as `duration`.
 * No `version`: the LRS sets it. Statement ids derive from the origin, the submission and the
 * verb, so sending the export to an LRS twice stores nothing twice.
 */
export function exportXapi({ origin, classRow, titles, trainees, submissions, lastEventAt }: XapiInput): object[] {
  const nicknames = new Map(trainees.map((trainee) => [trainee.id, trainee.nickname]));
  const classActivity = { objectType: 'Activity', id: `${origin}/xapi/classes/${classRow.id}`, definition: { name: { und: classRow.name } } };
  return submissions.flatMap((submission) => {
    const report = submission.report;
    const nickname = nicknames.get(submission.trainee_id);
    // The report's duration ends at the last message; the agent closing the window later is only in the log.
    const duration = isoDuration(Math.max(report.duration * 1000, lastEventAt.get(submission.id) ?? 0));
    const statementBase = {
      actor: { objectType: 'Agent', ...(nickname !== undefined ? { name: nickname } : {}), account: { homePage: origin, name: submission.trainee_id } },
      object: {
        objectType: 'Activity',
        id: `${origin}/xapi/scenarios/${submission.scenario}`,
        definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { [report.locale]: titles.get(submission.scenario) ?? submission.scenario } },
      },
      context: {
        registration: submission.attempt_id,
        contextActivities: { grouping: [classActivity] },
        extensions: { [`${origin}/xapi/extensions/scenario-version`]: submission.scenario_version },
      },
      timestamp: submission.created_at.toISOString(),
    };
    const verdict = verdictOf(report);
    const statementId = (verb: string) => uuidV5(`${origin}/xapi/submissions/${submission.id}/${verb}`, URL_NAMESPACE);
    return [
      { id: statementId('completed'), ...statementBase, verb: VERB('completed'), result: { completion: true, duration } },
      {
        id: statementId(verdict),
        ...statementBase,
        verb: VERB(verdict),
        result: {
          score: { scaled: report.total / 100, raw: report.total, min: 0, max: 100 },
          success: verdict === 'passed',
          duration,
          extensions: {
            ...Object.fromEntries(DIMENSIONS.map((dimension) => [`${origin}/xapi/extensions/dimensions/${dimension}`, report.dimensions[dimension].score])),
            [`${origin}/xapi/extensions/outcome`]: report.outcome,
          },
        },
      },
    ];
  });
}
