import { compileScenario, loadScenario, type CompiledScenario, type Problem } from '../../engine/index.ts';

export type LocalScenario = { ok: true; compiled: CompiledScenario } | { ok: false; problems: Problem[] };

/** Validates and compiles a scenario file the trainee opened; its problems come back by line and column. */
export function openLocalScenario(text: string, file: string): LocalScenario {
  const loaded = loadScenario(text, file);
  return loaded.ok ? { ok: true, compiled: compileScenario(loaded.scenario) } : { ok: false, problems: loaded.problems };
}
