import { DIMENSIONS } from '../../../engine/index.ts';
import type { ClassRow } from '../../store/classes.ts';
import type { SubmissionRow } from '../../store/submissions.ts';
import type { TraineeRow } from '../../store/trainees.ts';
import { csvRow } from './csvCell.ts';

const HEADER = ['nickname', 'scenario', 'attempts', 'best_total', ...DIMENSIONS, 'last_submission_at'];

/**
 * One row per trainee and class scenario: attempts, the best session's total and dimensions (the
 * earliest among equals), and when they last submitted. A BOM so spreadsheets read UTF-8.
 */
export function exportCsv(classRow: ClassRow, trainees: TraineeRow[], submissions: SubmissionRow[]): string {
  const groups = new Map<string, SubmissionRow[]>();
  for (const submission of submissions) {
    const key = `${submission.trainee_id}\n${submission.scenario}`;
    groups.set(key, [...(groups.get(key) ?? []), submission]);
  }
  const lines = [csvRow(HEADER)];
  for (const trainee of trainees) {
    for (const scenario of classRow.scenarios) {
      const sessions = groups.get(`${trainee.id}\n${scenario}`) ?? [];
      const best = sessions.reduce<SubmissionRow | undefined>((top, session) => (!top || session.total > top.total ? session : top), undefined);
      const last = sessions[sessions.length - 1];
      lines.push(
        csvRow([
          trainee.nickname,
          scenario,
          sessions.length,
          best?.total ?? null,
          ...DIMENSIONS.map((dimension) => best?.report.dimensions[dimension].score ?? null),
          last?.created_at.toISOString() ?? null,
        ]),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
