import type { TrainerClass } from '../../classroom/contract.ts';
import { useGame } from './gameContext.ts';

/** Every submitted session, newest first, each opening its server-computed debrief. */
export function SubmissionList({ data, onOpen }: { data: TrainerClass; onOpen: (submissionId: string, title: string) => void }) {
  const { t } = useGame();
  const format = new Intl.DateTimeFormat(t('app.dateLocale'), { dateStyle: 'short', timeStyle: 'medium' });
  const nicknames = new Map(data.trainees.map((trainee) => [trainee.traineeId, trainee.nickname]));
  const titles = new Map(data.class.scenarios.map((scenario) => [scenario.id, scenario.title]));
  const submissions = [...data.submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return (
    <section aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">{t('trainer.submissions')}</h2>
      {submissions.length === 0 ? (
        <p>{t('trainer.submissionsEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="submissions">
            <thead>
              <tr>
                <th scope="col">{t('trainer.nickname')}</th>
                <th scope="col">{t('trainer.scenario')}</th>
                <th scope="col">{t('trainer.total')}</th>
                <th scope="col">{t('trainer.when')}</th>
                <th scope="col">{t('trainer.open')}</th>
              </tr>
            </thead>
            <tbody>
              {submissions.map((submission) => {
                const nickname = nicknames.get(submission.traineeId) ?? t('trainer.formerTrainee');
                const title = titles.get(submission.scenario) ?? submission.scenario;
                return (
                  <tr key={submission.submissionId}>
                    <td class="nickname">{nickname}</td>
                    <td>{title}</td>
                    <td class="number">{submission.total}</td>
                    <td>{format.format(Date.parse(submission.submittedAt))}</td>
                    <td>
                      <button
                        type="button"
                        class="small"
                        aria-label={t('trainer.openLabel', { nickname, scenario: title })}
                        onClick={() => onOpen(submission.submissionId, t('trainer.debriefTitle', { scenario: title, nickname }))}
                      >
                        {t('trainer.open')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
