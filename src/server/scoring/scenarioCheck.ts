import type { ScenarioSummary } from '../../classroom/contract.ts';
import { compileScenario, loadScenario, type CompiledScenario, type Problem } from '../../engine/index.ts';

export type ScenarioCheck = { ok: true; id: string; version: string; summary: ScenarioSummary } | { ok: false; problems: Problem[] };

/** Enough to fix a file in one pass; a hostile one could have thousands, each a line of JSON to send. */
export const MAX_PROBLEMS = 50;

/** What the engine says of an uploaded text: its problems by line and column, or it compiled. */
export function checkScenarioText(text: string, file: string): ScenarioCheck {
  const read = compileText(text, file);
  if (!read.ok) return read;
  const { scenario, version } = read.compiled;
  const { title, channel, difficulty, brief, locale } = scenario;
  return { ok: true, id: scenario.id, version, summary: { title, channel, difficulty, brief, locale } };
}

/**
 * Loads and compiles a text as the game does, never throwing: a text that breaks the engine
 * itself (its recursion, say) is a problem of the file, said without the engine's words.
 */
export function compileText(text: string, file: string): { ok: true; compiled: CompiledScenario } | { ok: false; problems: Problem[] } {
  try {
    const loaded = loadScenario(text, file);
    if (!loaded.ok) return { ok: false, problems: loaded.problems.slice(0, MAX_PROBLEMS) };
    return { ok: true, compiled: compileScenario(loaded.scenario) };
  } catch {
    return { ok: false, problems: [{ file, line: 0, column: 0, message: 'this file cannot be read as a scenario (is it nested too deeply?)' }] };
  }
}
