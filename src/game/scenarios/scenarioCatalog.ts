import scenarios from 'virtual:galateo-scenarios';
import { compileScenario, prepareLocale, type CompiledScenario } from '../../engine/index.ts';
import type { ScenarioSource } from '../storage/records.ts';
import type { LocalScenario } from './openLocalScenario.ts';

/** The scenarios bundled at build time (validated then), compiled on first use. */
let bundled: CompiledScenario[] | undefined;
export function bundledScenarios(): CompiledScenario[] {
  bundled ??= scenarios.map(compileScenario);
  return bundled;
}

/**
 * Starts loading the language packs of the bundled scenarios (each its own chunk), so that a chat
 * opens at once when the trainee picks one; a failure is shown then, when the chat waits for it.
 */
export function prefetchLanguagePacks(): void {
  for (const locale of new Set(scenarios.map((scenario) => scenario.locale))) prepareLocale(locale).catch(() => undefined);
}

/** A scenario file the trainee opened; the YAML parser and validator load only when one is opened. */
export async function openLocalScenario(text: string, file: string): Promise<LocalScenario> {
  const { openLocalScenario: open } = await import('./openLocalScenario.ts');
  return open(text, file);
}

/** Finds the scenario a stored session was played on, bundled or local. */
export async function scenarioFor(source: ScenarioSource): Promise<CompiledScenario | undefined> {
  if (source.kind === 'bundled') return bundledScenarios().find((compiled) => compiled.scenario.id === source.id);
  const local = await openLocalScenario(source.text, source.file);
  return local.ok ? local.compiled : undefined;
}
