import { useEffect, useState } from 'preact/hooks';
import { blessResult } from '../../../engine/index.ts';
import { useLanguageReady } from '../playtest/useLanguageReady.ts';
import type { StudioPartProps } from '../studioPart.ts';
import { CalibrationPanel } from './CalibrationPanel.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { setTestPart } from './testsDocument.ts';
import { testResults, type TestStatus } from './testResults.ts';
import { testsTexts } from './texts.ts';
import './tests.css';

/** After an edit, the tests replay once the author pauses, so typing in the editor stays quick. */
const SETTLE_MS = 400;

/** The scenario's test conversations: replayed after each edit, each against its blessed result, with a way to bless the new one. */
export function TestsPanel(props: StudioPartProps) {
  const t = testsTexts(props.locale);
  const { compiled } = props;
  const ready = useLanguageReady(compiled?.scenario.locale);
  const [statuses, setStatuses] = useState<TestStatus[] | undefined>(undefined);
  const [status, setStatus] = useState('');
  // Calibration hides the engine's scores until graded: it is a view of its own, not shown beside the results.
  const [view, setView] = useState<'tests' | 'calibration'>('tests');

  useEffect(() => {
    if (ready !== true || compiled === undefined) return undefined;
    const id = setTimeout(() => setStatuses(testResults(compiled)), SETTLE_MS);
    return () => clearTimeout(id);
  }, [ready, compiled]);

  if (compiled === undefined) return <p>{t.noScenario}</p>;
  if (ready !== true) return <p role="status">{t.loadingLanguage}</p>;
  const tests = compiled.scenario.tests;
  const bless = (test: TestStatus) => {
    const edit = setTestPart(props.text, test.index, 'blessed', blessResult(test.result.report));
    if (!edit.ok) return setStatus(t.editFailed);
    props.onTextChange(edit.text);
    setStatus(t.blessed(test.name));
  };
  const current = statuses !== undefined && statuses.length === tests.length ? statuses : undefined;

  const switcher = (
    <div class="tests-views" role="group" aria-label={t.viewsLabel}>
      <button type="button" aria-pressed={view === 'tests'} onClick={() => setView('tests')}>
        {t.heading}
      </button>
      <button type="button" aria-pressed={view === 'calibration'} onClick={() => setView('calibration')}>
        {t.calibrationHeading}
      </button>
    </div>
  );
  if (view === 'calibration')
    return (
      <section class="tests-panel">
        {switcher}
        <CalibrationPanel {...props} />
      </section>
    );

  return (
    <section class="tests-panel" aria-labelledby="tests-heading">
      {switcher}
      <h2 id="tests-heading">{t.heading}</h2>
      <p class="hint">{t.intro}</p>
      {tests.length === 0 ? (
        <p>{t.noTests}</p>
      ) : (
        <>
          <button type="button" onClick={() => setStatuses(testResults(compiled))}>
            {t.runAll}
          </button>
          <p role="status">{current ? t.summary(current.filter((test) => test.result.passed).length, current.length) : ''}</p>
          <ul class="test-list">
            {tests.map((test, index) => {
              const result = current?.[index];
              return (
                <li key={index} class={result ? (result.result.passed ? 'test-passed' : 'test-failed') : 'test-not-run'}>
                  <h3>
                    <button type="button" class="link" onClick={() => props.onNavigate(['tests', index])}>
                      {test.name}
                    </button>{' '}
                    <span class="verdict">{result ? (result.result.passed ? t.passed : t.failed) : t.notRun}</span>
                  </h3>
                  {result && <TestResult test={result} locale={props.locale} t={t} onBless={() => bless(result)} />}
                </li>
              );
            })}
          </ul>
          <p role="status">{status}</p>
        </>
      )}
    </section>
  );
}

function TestResult({ test, locale, t, onBless }: { test: TestStatus; locale: StudioPartProps['locale']; t: ReturnType<typeof testsTexts>; onBless(): void }) {
  const { result, comparison } = test;
  return (
    <div class="test-result">
      <p>
        {t.outcome[result.report.outcome]}, {t.total(result.report.total)}
      </p>
      {result.failures.length > 0 && (
        <>
          <p>{t.failures}</p>
          {/* The failures are `galateo test`'s own words, in English for every trainer. */}
          <ul lang="en">
            {result.failures.map((failure, index) => (
              <li key={index}>{failure}</li>
            ))}
          </ul>
        </>
      )}
      {comparison === undefined ? (
        <p>{t.notBlessed}</p>
      ) : comparison.changed ? (
        <div class="blessed-changed">
          <p>
            <strong>{t.changedHeading}</strong>
          </p>
          <ComparisonView comparison={comparison} locale={locale} t={t} />
        </div>
      ) : (
        <p>{t.unchanged}</p>
      )}
      {(comparison === undefined || comparison.changed) && (
        <button type="button" onClick={onBless}>
          {t.bless}
        </button>
      )}
    </div>
  );
}
