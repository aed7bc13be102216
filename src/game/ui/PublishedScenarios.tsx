import { useState } from 'preact/hooks';
import type { PublishedRevision } from '../../classroom/contract.ts';
import type { Problem } from '../../engine/index.ts';
import { ClassroomRefusal } from '../classroom/classroomApi.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { useGame } from './gameContext.ts';
import { ScenarioProblems } from './ScenarioProblems.tsx';

type UploadState = { kind: 'idle' } | { kind: 'busy'; file: string } | { kind: 'done'; message: string } | { kind: 'refused'; file: string; message: string; problems: Problem[] };

/** Past this the server would not even read the request; said before the file is read. */
const MAX_UPLOAD_BYTES = 1024 * 1024;

/** The dashboard's published scenarios: an upload control, what the server said of the last file, and every revision. */
export function PublishedScenarios({ classId, token, revisions, onPublished }: { classId: string; token: string; revisions: PublishedRevision[]; onPublished: () => void }) {
  const { t, api } = useGame();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const format = new Intl.DateTimeFormat(t('app.dateLocale'), { dateStyle: 'short', timeStyle: 'short' });

  const upload = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy', file: file.name });
    try {
      if (file.size > MAX_UPLOAD_BYTES) throw new ClassroomRefusal(413, 'payload-too-large', 'too large');
      const { published, created } = await api.publishScenario(classId, token, { file: file.name, text: await file.text() });
      setState({ kind: 'done', message: t(created ? 'trainer.publishedNew' : 'trainer.publishedSame', { title: published.title, revision: published.revision }) });
      onPublished();
    } catch (error) {
      setState({ kind: 'refused', file: file.name, message: refusalText(t, error), problems: error instanceof ClassroomRefusal ? error.problems : [] });
    } finally {
      // The same file, fixed, can be chosen again.
      input.value = '';
    }
  };

  return (
    <section class="published-scenarios" aria-labelledby="published-heading">
      <h2 id="published-heading">{t('trainer.scenarios')}</h2>
      <label for="scenario-upload">{t('trainer.uploadScenario')}</label>
      <p id="scenario-upload-hint" class="hint">
        {t('trainer.scenariosHint')}
      </p>
      <input id="scenario-upload" type="file" accept=".yaml,.yml,text/yaml" aria-describedby="scenario-upload-hint" disabled={state.kind === 'busy'} onChange={upload} />
      <div aria-live="polite">
        {state.kind === 'busy' && <p role="status">{t('trainer.uploading', { file: state.file })}</p>}
        {state.kind === 'done' && <p role="status">{state.message}</p>}
      </div>
      {state.kind === 'refused' && (
        <div role="alert" class="error" data-testid="publish-problems">
          <p>
            {t('trainer.publishRefused', { file: state.file })} {state.message}
          </p>
          {state.problems.length > 0 && <ScenarioProblems problems={state.problems} />}
        </div>
      )}
      {revisions.length === 0 ? (
        <p>{t('trainer.scenariosEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="revisions">
            <thead>
              <tr>
                <th scope="col">{t('trainer.scenario')}</th>
                <th scope="col">{t('trainer.revision')}</th>
                <th scope="col">{t('trainer.publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={`${revision.id}-${revision.revision}`} data-revision={`${revision.id}@${revision.revision}`}>
                  <td>
                    {revision.title} <code>{revision.id}</code>
                  </td>
                  <td>
                    {revision.revision} ({revision.current ? t('trainer.current') : t('trainer.previous')})
                  </td>
                  <td>{format.format(Date.parse(revision.publishedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
