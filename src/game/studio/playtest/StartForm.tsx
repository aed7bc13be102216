import { useState } from 'preact/hooks';
import type { Scenario, SessionStart } from '../../../engine/index.ts';
import type { PlaytestTexts } from './texts.ts';

/** The scenario's own opening: its start state, the facts the customer knows from the first message, her mood. */
export function scenarioStart(scenario: Scenario): SessionStart {
  return {
    state: scenario.start ?? Object.keys(scenario.states)[0]!,
    facts: Object.entries(scenario.facts)
      .filter(([, fact]) => fact.known !== 'no')
      .map(([name]) => name),
    mood: scenario.customer.mood,
  };
}

/** A small form to open the playtest in any state, with the facts and the mood the author chooses. */
export function StartForm({ scenario, current, onStart, t }: { scenario: Scenario; current: SessionStart | undefined; onStart(start: SessionStart | undefined): void; t: PlaytestTexts }) {
  const initial = current ?? scenarioStart(scenario);
  const [state, setState] = useState(initial.state);
  const [facts, setFacts] = useState<readonly string[]>(initial.facts);
  const [mood, setMood] = useState(initial.mood);
  const states = Object.keys(scenario.states);
  const factNames = Object.keys(scenario.facts);
  return (
    <details class="start-form">
      <summary>{t.startLegend}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onStart({ state: states.includes(state) ? state : initial.state, facts: facts.filter((fact) => factNames.includes(fact)), mood });
        }}
      >
        <label for="playtest-start-state">{t.startState}</label>
        <select id="playtest-start-state" value={state} onChange={(event) => setState(event.currentTarget.value)}>
          {states.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>{t.startFacts}</legend>
          {factNames.length === 0 && <p>{t.noFacts}</p>}
          {factNames.map((name) => (
            <label key={name} class="check">
              <input type="checkbox" checked={facts.includes(name)} onChange={(event) => setFacts(event.currentTarget.checked ? [...facts, name] : facts.filter((fact) => fact !== name))} /> {name}
            </label>
          ))}
        </fieldset>
        <label for="playtest-start-mood">{t.startMood}</label>
        <input
          id="playtest-start-mood"
          type="number"
          min={-5}
          max={5}
          step={1}
          value={mood}
          onInput={(event) => setMood(Math.max(-5, Math.min(5, Math.round(Number(event.currentTarget.value) || 0))))}
        />
        <div class="playtest-actions">
          <button type="submit">{t.restart}</button>
          <button type="button" onClick={() => onStart(undefined)}>
            {t.restartAtBeginning}
          </button>
        </div>
      </form>
    </details>
  );
}
