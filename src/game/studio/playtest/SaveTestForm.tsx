import { useState } from 'preact/hooks';
import type { CompiledScenario, Outcome } from '../../../engine/index.ts';
import type { PlaytestRun } from './playtestRun.ts';
import { draftFrom, previewTest, saveTest, type SaveTestDraft, type TestPreview } from './saveTest.ts';
import type { PlaytestTexts } from './texts.ts';

const OUTCOMES: readonly Outcome[] = ['resolved', 'abandoned', 'escalated', 'unresolved'];

/** Saves the playtest as one of the scenario's test conversations, its expectations prefilled from the run. */
export function SaveTestForm({ run, compiled, text, onTextChange, t }: { run: PlaytestRun; compiled: CompiledScenario; text: string; onTextChange(text: string): void; t: PlaytestTexts }) {
  const names = compiled.scenario.tests.map((test) => test.name);
  // The test's own replay (to its end) is worked out when the form opens, not at every reply.
  const [preview, setPreview] = useState<TestPreview | undefined>(undefined);
  const [draft, setDraft] = useState<SaveTestDraft>({ name: '', outcome: '', min: '', max: '' });
  const [status, setStatus] = useState('');
  if (run.replies.length === 0) return <p class="hint">{t.saveNothing}</p>;
  const set = (part: Partial<SaveTestDraft>) => setDraft({ ...draft, ...part });
  const open = () => {
    const next = previewTest(compiled, run);
    setPreview(next);
    // The toggle event comes after the form shows: what the trainer already typed stays.
    setDraft((typed) => {
      const prefilled = draftFrom(next.report, names, t.defaultTestName);
      return { name: typed.name || prefilled.name, outcome: typed.outcome || prefilled.outcome, min: typed.min || prefilled.min, max: typed.max || prefilled.max };
    });
  };
  return (
    <details class="save-test" onToggle={(event) => event.currentTarget.open && open()}>
      <summary>{t.saveHeading}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const saved = saveTest(text, compiled, run, preview ?? previewTest(compiled, run), draft);
          if (saved.ok) {
            onTextChange(saved.text);
            setStatus(t.saved(draft.name.trim()));
          } else setStatus(t.saveFailed(saved.reason === 'name-taken' ? t.nameTaken : saved.reason === 'name-missing' ? t.nameMissing : t.notValid));
        }}
      >
        <label for="save-test-name">{t.testName}</label>
        <input id="save-test-name" value={draft.name} maxLength={200} onInput={(event) => set({ name: event.currentTarget.value })} />
        <label for="save-test-outcome">{t.expectedOutcome}</label>
        <select id="save-test-outcome" value={draft.outcome} onChange={(event) => set({ outcome: event.currentTarget.value as Outcome | '' })}>
          <option value="">{t.anyOutcome}</option>
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t.outcome[outcome]}
            </option>
          ))}
        </select>
        <div class="bounds">
          <span>
            <label for="save-test-min">{t.totalMin}</label>
            <input id="save-test-min" type="number" min={0} max={100} value={draft.min} onInput={(event) => set({ min: event.currentTarget.value })} />
          </span>
          <span>
            <label for="save-test-max">{t.totalMax}</label>
            <input id="save-test-max" type="number" min={0} max={100} value={draft.max} onInput={(event) => set({ max: event.currentTarget.value })} />
          </span>
        </div>
        <button type="submit">{t.save}</button>
        <p role="status">{status}</p>
      </form>
    </details>
  );
}
