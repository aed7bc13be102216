import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { calibrateTests, type TestGrade } from '../../../engine/index.ts';
import { useLanguageReady } from '../playtest/useLanguageReady.ts';
import type { StudioPartProps } from '../studioPart.ts';
import { CalibrationFiguresView } from './CalibrationFigures.tsx';
import { GradeForm } from './GradeForm.tsx';
import { setTestPart } from './testsDocument.ts';
import { testResults } from './testResults.ts';
import { testsTexts } from './texts.ts';

/**
 * The trainer grades the saved conversations reading only the chat: the engine's score of a
 * conversation shows once it has the trainer's grade. Then the figures of `galateo calibrate`.
 */
export function CalibrationPanel(props: StudioPartProps) {
  const t = testsTexts(props.locale);
  const { compiled } = props;
  const ready = useLanguageReady(compiled?.scenario.locale);
  // Numbered, so that two grades in a row with the same words still move the focus.
  const [status, setStatusLine] = useState({ text: '', serial: 0 });
  const setStatus = (text: string) => setStatusLine((previous) => ({ text, serial: previous.serial + 1 }));
  // A graded conversation leaves the list the focus was in: the focus goes to what was said of it.
  const statusLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status.serial > 0) statusLine.current?.focus();
  }, [status]);
  const statuses = useMemo(() => (ready === true && compiled ? testResults(compiled) : undefined), [ready, compiled]);
  const graded = useMemo(
    () =>
      compiled && statuses
        ? statuses.flatMap((status) => {
            const test = compiled.scenario.tests[status.index]!;
            return test.grade ? [{ name: test.name, grade: test.grade, outcome: test.expect.outcome, report: status.result.report, index: status.index }] : [];
          })
        : [],
    [compiled, statuses],
  );
  const calibration = useMemo(() => (compiled ? calibrateTests(compiled.scenario.id, graded) : undefined), [compiled, graded]);

  if (compiled === undefined) return <p>{t.noScenario}</p>;
  if (statuses === undefined || calibration === undefined) return <p role="status">{t.loadingLanguage}</p>;
  const toGrade = statuses.filter((status) => compiled.scenario.tests[status.index]!.grade === undefined);
  const saveGrade = (index: number, grade: TestGrade) => {
    const edit = setTestPart(props.text, index, 'grade', grade);
    if (!edit.ok) return setStatus(t.editFailed);
    props.onTextChange(edit.text);
    setStatus(t.yourGrade(grade.total));
  };

  return (
    <section class="calibration-panel" aria-labelledby="calibration-heading">
      <h2 id="calibration-heading">{t.calibrationHeading}</h2>
      <p class="hint">{t.calibrationIntro}</p>
      <h3>{t.toGrade}</h3>
      <div class="to-grade-list">
        {toGrade.length === 0 ? (
          <p>{t.nothingToGrade}</p>
        ) : (
          toGrade.map((status) => (
            <details key={status.index} class="to-grade">
              <summary>{status.name}</summary>
              {/* The chat alone, as the customer and the agent wrote it: no score, no finding. */}
              <ol class="grade-transcript" aria-label={t.transcriptOf(status.name)}>
                {status.result.report.transcript.map((entry, index) => (
                  <li key={index} class={`from-${entry.from}`}>
                    <strong>{entry.from === 'agent' ? t.you : (entry.name ?? t.customer)}:</strong> {entry.text}
                  </li>
                ))}
              </ol>
              <GradeForm id={`grade-${status.index}`} locale={props.locale} t={t} onGrade={(grade) => saveGrade(status.index, grade)} />
            </details>
          ))
        )}
      </div>
      <p role="status" ref={statusLine} tabIndex={-1}>
        {status.text}
      </p>
      <h3>{t.graded}</h3>
      {graded.length === 0 ? (
        <p>{t.noFigures}</p>
      ) : (
        <>
          <ul class="graded-list">
            {graded.map((test) => (
              <li key={test.index}>
                <button type="button" class="link" onClick={() => props.onNavigate(['tests', test.index, 'grade'])}>
                  {test.name}
                </button>
                : {t.yourGrade(test.grade.total)}, {t.engineScore(test.report.total)}
              </li>
            ))}
          </ul>
          <CalibrationFiguresView calibration={calibration} locale={props.locale} t={t} />
        </>
      )}
    </section>
  );
}
