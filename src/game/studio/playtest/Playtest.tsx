import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BlessedComparison, CompiledScenario, SessionStart } from '../../../engine/index.ts';
import type { StudioPartProps } from '../studioPart.ts';
import { ComparisonView } from '../tests/ComparisonView.tsx';
import { testsTexts } from '../tests/texts.ts';
import { ChatClock } from './ChatClock.tsx';
import { MatchBox } from './MatchBox.tsx';
import { personaInsight } from './personaInsight.ts';
import { PersonaPanel } from './PersonaPanel.tsx';
import { PlaytestReplyForm } from './PlaytestReplyForm.tsx';
import { PlaytestTranscript } from './PlaytestTranscript.tsx';
import { PlaytestRun } from './playtestRun.ts';
import { playVersion } from './playVersion.ts';
import { SaveTestForm } from './SaveTestForm.tsx';
import { StartForm } from './StartForm.tsx';
import { playtestTexts } from './texts.ts';
import { useLanguageReady } from './useLanguageReady.ts';
import './playtest.css';

const TICK_MS = 250;
/** What, in the run, changes what the page shows (the clock has its own line). */
const signature = (run: PlaytestRun) => `${run.session.messages.length}|${run.session.personaTyping}|${run.session.ended}|${run.session.nextDueAt() ?? '-'}`;

interface Replayed {
  changes: BlessedComparison;
  startLost: boolean;
}

/** Plays the scenario being edited, as a trainee would, with the engine's reading of every step beside it. */
export function Playtest(props: StudioPartProps) {
  const t = playtestTexts(props.locale);
  // The last version that validated keeps playing while the text has problems.
  const [compiled, setCompiled] = useState<CompiledScenario | undefined>(props.compiled);
  useEffect(() => {
    if (props.compiled) setCompiled(props.compiled);
  }, [props.compiled]);
  const ready = useLanguageReady(compiled?.scenario.locale);

  const [run, setRun] = useState<PlaytestRun | undefined>(undefined);
  const [replayed, setReplayed] = useState<Replayed | undefined>(undefined);
  const [, setTick] = useState(0);
  const replyArea = useRef<HTMLDivElement>(null);

  // Opens a playtest once the language is there; replays it on each new version of the scenario.
  useEffect(() => {
    if (ready !== true || compiled === undefined) return;
    if (run === undefined) {
      setRun(new PlaytestRun({ compiled, seed: 1 }));
      return;
    }
    if (playVersion(run.compiled) === playVersion(compiled)) return;
    const next = run.replayOn(compiled);
    setReplayed({ changes: next.changes, startLost: next.startLost });
    setRun(next.run);
    // The run is read, not watched: a new run is this effect's own doing.
  }, [ready, compiled]);

  // The session runs on its own clock: the page follows it, re-rendering only when what it shows changes.
  useEffect(() => {
    if (run === undefined) return undefined;
    let last = signature(run);
    const id = setInterval(() => {
      run.catchUp();
      const next = signature(run);
      if (next !== last) {
        last = next;
        setTick((tick) => tick + 1);
      }
    }, TICK_MS);
    return () => clearInterval(id);
  }, [run]);

  const messages = run?.session.messages.length ?? 0;
  const report = useMemo(() => run?.report(), [run, messages, run?.session.ended]);
  const insight = useMemo(() => (run ? personaInsight(run.session) : undefined), [run, messages, run?.session.ended]);

  if (compiled === undefined) return <p class="playtest-note">{t.noScenario}</p>;
  if (ready === 'failed') return <p role="alert">{t.noScenario}</p>;
  if (run === undefined || report === undefined || insight === undefined) return <p role="status">{t.loadingLanguage}</p>;

  const { scenario } = run.compiled;
  const restart = (start: SessionStart | undefined) => {
    setReplayed(undefined);
    setRun(new PlaytestRun({ compiled, seed: run.seed, start }));
    replyArea.current?.querySelector('textarea')?.focus();
  };
  const rerender = () => setTick((tick) => tick + 1);
  const chatFindings = report.findings.filter((finding) => finding.message === null);

  return (
    <section class="playtest" aria-labelledby="playtest-heading">
      <h2 id="playtest-heading">{t.heading}</h2>
      <p class="hint">{t.intro}</p>
      {props.compiled === undefined && <p class="playtest-note">{t.notValid}</p>}
      {replayed && (
        <section class="replayed" aria-labelledby="playtest-replayed" role="status">
          <h3 id="playtest-replayed">{t.replayedHeading}</h3>
          {replayed.startLost && <p>{t.startLost}</p>}
          {replayed.changes.changed ? <ComparisonView comparison={replayed.changes} locale={props.locale} t={testsTexts(props.locale)} /> : <p>{t.nothingChanged}</p>}
          <button type="button" onClick={() => setReplayed(undefined)}>
            {t.dismiss}
          </button>
        </section>
      )}
      <StartForm key={playVersion(run.compiled)} scenario={scenario} current={run.start} onStart={restart} t={t} />
      <div class="playtest-layout">
        <div class="playtest-chat" ref={replyArea}>
          <PlaytestTranscript messages={run.session.messages} report={report} customer={scenario.customer.name} typing={run.session.personaTyping} locale={props.locale} t={t} />
          {run.session.ended && !run.session.personaTyping && (
            <p class="playtest-ended" role="status">
              {t.ended(t.outcome[run.session.outcome ?? 'unresolved'])}
            </p>
          )}
          <PlaytestReplyForm
            ended={run.session.ended}
            canSkip={run.session.nextDueAt() !== undefined}
            onSend={(text) => {
              const sent = run.reply(text);
              rerender();
              return sent;
            }}
            onTyping={() => run.typing()}
            onSkip={() => {
              run.skipWait();
              rerender();
            }}
            t={t}
          />
          <ChatClock run={run} t={t} />
          <p class="score-so-far">{t.scoreSoFar(report.total)}</p>
          {run.session.ended && chatFindings.length > 0 && (
            <details class="chat-findings">
              <summary>{t.chatFindings}</summary>
              <ul>
                {chatFindings.map((finding, index) => (
                  <li key={index}>
                    <code>{finding.rule}</code> {finding.points > 0 && t.points(finding.points)}: {finding.explanation}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {props.compiled && <SaveTestForm key={`${run.replies.length}`} run={run} compiled={props.compiled} text={props.text} onTextChange={props.onTextChange} t={t} />}
        </div>
        <div class="playtest-side">
          <PersonaPanel insight={insight} t={t} />
          <MatchBox compiled={run.compiled} t={t} />
        </div>
      </div>
    </section>
  );
}
