import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrainerClass } from '../../classroom/contract.ts';
import type { ExportFormat } from '../classroom/classroomApi.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { subscribeLive } from '../classroom/liveFeed.ts';
import { projectorPath } from '../classroom/route.ts';
import type { ScenarioSource, SessionRecord } from '../storage/records.ts';
import { useGame } from './gameContext.ts';
import { ClassAverages } from './ClassAverages.tsx';
import { CommonFindings } from './CommonFindings.tsx';
import { DebriefScreen } from './DebriefScreen.tsx';
import { PublishedScenarios } from './PublishedScenarios.tsx';
import { SubmissionList } from './SubmissionList.tsx';
import { TraineeRoster } from './TraineeRoster.tsx';

/** Saves a Blob under a file name through a temporary Blob URL. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The trainer's dashboard of one class, kept current by the live feed. */
export function TrainerScreen({ classId }: { classId: string }) {
  const { t, store, api } = useGame();
  const token = store.trainerTokens[classId];
  const [data, setData] = useState<TrainerClass | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [live, setLive] = useState(true);
  const [viewing, setViewing] = useState<SessionRecord | null>(null);
  // Live messages can come in bursts: one fetch at a time, and one more if any came meanwhile.
  const fetching = useRef<{ busy: boolean; again: boolean }>({ busy: false, again: false });

  const explain = (error: unknown) => t('trainer.error', { message: refusalText(t, error) });

  const reload = async () => {
    if (!token) return;
    const state = fetching.current;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    try {
      do {
        state.again = false;
        setData(await api.trainerClass(classId, token));
      } while (state.again);
    } catch (error) {
      setProblem(explain(error));
    } finally {
      state.busy = false;
    }
  };

  useEffect(() => void reload(), [classId, token]);
  const code = data?.class.code;
  useEffect(() => {
    if (!code) return undefined;
    return subscribeLive(code, () => void reload(), {
      onOpen: () => {
        setLive(true);
        void reload();
      },
      onClose: () => setLive(false),
    });
  }, [code]);

  /** Runs a trainer action, then shows the class as the server now has it. */
  const act = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(explain(error));
    }
    await reload();
  };

  const exportAs = (format: ExportFormat) =>
    act(async () => {
      if (!token || !data) return;
      download(await api.exportFile(classId, token, format), `${data.class.code}.${format === 'csv' ? 'csv' : 'xapi.json'}`);
    });

  const open = (submissionId: string, title: string) =>
    act(async () => {
      if (!token) return;
      const { submission, report, log } = await api.trainerSubmission(classId, token, submissionId);
      // A published scenario's debrief needs the very text the chat was played on.
      const played = submission.scenarioHash ? await api.trainerScenarioText(classId, token, submission.scenarioHash) : undefined;
      const source: ScenarioSource = played ? { kind: 'local', file: played.file, text: played.text } : { kind: 'bundled', id: submission.scenario };
      setViewing({ id: submission.submissionId, source, title, wallStart: Date.parse(submission.submittedAt), log, report });
    });

  if (!token) {
    return (
      <section class="screen" aria-labelledby="trainer-heading">
        <h1 id="trainer-heading">{t('trainer.headingLoading')}</h1>
        <p role="alert" class="error">
          {t('trainer.noToken')}
        </p>
      </section>
    );
  }

  if (viewing) {
    return (
      <>
        <button type="button" onClick={() => setViewing(null)}>
          {t('trainer.back')}
        </button>
        <DebriefScreen record={viewing} readOnly />
      </>
    );
  }

  return (
    <section class="screen trainer" aria-labelledby="trainer-heading">
      <h1 id="trainer-heading">{data ? t('trainer.heading', { name: data.class.name }) : t('trainer.headingLoading')}</h1>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
      {!data ? (
        !problem && <p role="status">{t('trainer.loading')}</p>
      ) : (
        <>
          <p class="trainer-code">
            {t('trainer.code', { code: data.class.code })} · {t('trainer.status', { status: t(`class.status.${data.class.status}`) })}
          </p>
          {!live && <p role="status">{t('trainer.offline')}</p>}
          <div class="row">
            <button type="button" onClick={() => void act(() => api.updateClass(classId, token, { locked: !data.class.locked }))}>
              {data.class.locked ? t('trainer.unlock') : t('trainer.lock')}
            </button>
            <label class="inline">
              <input type="checkbox" checked={data.profanityFilter} onChange={(event) => void act(() => api.updateClass(classId, token, { profanityFilter: event.currentTarget.checked }))} />
              {t('trainer.profanity')}
            </label>
          </div>
          <div class="row">
            <button type="button" onClick={() => void exportAs('csv')}>
              {t('trainer.exportCsv')}
            </button>
            <button type="button" onClick={() => void exportAs('xapi')}>
              {t('trainer.exportXapi')}
            </button>
            <a class="button" href={projectorPath(data.class.code, { top: null, hideNames: false })} target="_blank" rel="noopener">
              {t('trainer.projector')}
            </a>
          </div>
          <TraineeRoster data={data} token={token} onChanged={() => void reload()} />
          <PublishedScenarios classId={classId} token={token} revisions={data.published} onPublished={() => void reload()} />
          <div class="dashboard-insights">
            <ClassAverages averages={data.averages} />
            <CommonFindings findings={data.commonFindings} titleOf={(id) => data.class.scenarios.find((scenario) => scenario.id === id)?.title ?? id} />
          </div>
          <SubmissionList data={data} onOpen={(submissionId, title) => void open(submissionId, title)} />
        </>
      )}
    </section>
  );
}
