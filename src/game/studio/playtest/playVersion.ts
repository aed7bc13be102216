import { scenarioVersion, type CompiledScenario } from '../../../engine/index.ts';

const versions = new WeakMap<CompiledScenario, string>();

/**
 * The version of what a chat plays: the scenario without its tests. Saving a test or blessing a
 * result changes the file, not the chat, so it does not replay the playtest.
 */
export function playVersion(compiled: CompiledScenario): string {
  let version = versions.get(compiled);
  if (version === undefined) versions.set(compiled, (version = scenarioVersion({ ...compiled.scenario, tests: [] })));
  return version;
}
