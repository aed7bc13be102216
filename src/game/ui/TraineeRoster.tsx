import { useState } from 'preact/hooks';
import type { TrainerClass } from '../../classroom/contract.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { useGame } from './gameContext.ts';

type Trainee = TrainerClass['trainees'][number];

/** Every trainee from the moment they join, with where they stand and their best score and attempts per scenario; rename, remove and allow back. */
export function TraineeRoster({ data, token, onChanged }: { data: TrainerClass; token: string; onChanged: () => void }) {
  const { t } = useGame();
  const { scenarios } = data.class;
  return (
    <section aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('trainer.roster')}</h2>
      {data.trainees.length > 0 && (
        <p class="roster-count">
          {t('trainer.rosterCount', {
            count: data.trainees.length,
            playing: data.trainees.filter((trainee) => trainee.status === 'playing').length,
            submitted: data.trainees.filter((trainee) => trainee.status === 'submitted').length,
          })}
        </p>
      )}
      {data.trainees.length === 0 ? (
        <p>{t('trainer.rosterEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="roster">
            <thead>
              <tr>
                <th scope="col">{t('trainer.nickname')}</th>
                <th scope="col">{t('trainer.statusColumn')}</th>
                {scenarios.map((scenario) => (
                  <th scope="col" key={scenario.id}>
                    {scenario.title}
                  </th>
                ))}
                <th scope="col">{t('trainer.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.trainees.map((trainee) => (
                <TraineeRow key={trainee.traineeId} trainee={trainee} scenarioIds={scenarios.map((scenario) => scenario.id)} classId={data.classId} token={token} onChanged={onChanged} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.removed.length > 0 && <RemovedTrainees data={data} token={token} onChanged={onChanged} />}
    </section>
  );
}

/** Trainees the trainer removed: they stay out, token and nickname, until allowed back. */
function RemovedTrainees({ data, token, onChanged }: { data: TrainerClass; token: string; onChanged: () => void }) {
  const { t, api } = useGame();
  const [error, setError] = useState<string | null>(null);
  const readmit = async (traineeId: string) => {
    try {
      await api.readmitTrainee(data.classId, token, traineeId);
      setError(null);
      onChanged();
    } catch (failure) {
      setError(refusalText(t, failure));
    }
  };
  return (
    <>
      <h3 id="removed-heading">{t('trainer.removed')}</h3>
      <ul class="removed" aria-labelledby="removed-heading">
        {data.removed.map((trainee) => (
          <li key={trainee.traineeId}>
            <span class="nickname">{trainee.nickname}</span>{' '}
            <button type="button" class="small" aria-label={t('trainer.readmitLabel', { nickname: trainee.nickname })} onClick={() => void readmit(trainee.traineeId)}>
              {t('trainer.readmit')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </>
  );
}

function TraineeRow({ trainee, scenarioIds, classId, token, onChanged }: { trainee: Trainee; scenarioIds: string[]; classId: string; token: string; onChanged: () => void }) {
  const { t, api, confirm } = useGame();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(trainee.nickname);
  const [error, setError] = useState<string | null>(null);
  const fieldId = `rename-${trainee.traineeId}`;

  const rename = async (event: Event) => {
    event.preventDefault();
    try {
      await api.renameTrainee(classId, token, trainee.traineeId, draft);
      setEditing(false);
      setError(null);
      onChanged();
    } catch (failure) {
      setError(refusalText(t, failure));
    }
  };

  const remove = async () => {
    const yes = await confirm({
      heading: t('trainer.removeHeading', { nickname: trainee.nickname }),
      text: t('trainer.removeConfirm', { nickname: trainee.nickname }),
      confirm: t('trainer.removeYes'),
      cancel: t('trainer.removeNo'),
    });
    if (!yes) return;
    try {
      await api.removeTrainee(classId, token, trainee.traineeId);
      onChanged();
    } catch (failure) {
      setError(refusalText(t, failure));
    }
  };

  return (
    <tr data-trainee={trainee.traineeId}>
      <th scope="row" class="nickname">
        {trainee.nickname}
      </th>
      <td>
        <span class={`status status-${trainee.status}`}>{t(`trainer.status.${trainee.status}`)}</span>
      </td>
      {scenarioIds.map((id) => {
        const figures = trainee.perScenario[id];
        return <td key={id}>{figures ? t('trainer.cell', { best: figures.best, attempts: figures.attempts }) : '—'}</td>;
      })}
      <td>
        {editing ? (
          <form class="inline" onSubmit={rename}>
            <label for={fieldId} class="sr-only">
              {t('trainer.newNickname')}
            </label>
            <input
              id={fieldId}
              value={draft}
              maxLength={48}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <button type="submit" class="small">
              {t('trainer.save')}
            </button>
            <button type="button" class="small" onClick={() => setEditing(false)}>
              {t('trainer.cancel')}
            </button>
          </form>
        ) : (
          <div class="inline">
            <button type="button" class="small" aria-label={t('trainer.renameLabel', { nickname: trainee.nickname })} onClick={() => setEditing(true)}>
              {t('trainer.rename')}
            </button>
            <button type="button" class="small" aria-label={t('trainer.removeLabel', { nickname: trainee.nickname })} onClick={() => void remove()}>
              {t('trainer.remove')}
            </button>
          </div>
        )}
        {error && (
          <p id={`${fieldId}-error`} role="alert" class="error">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
