import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, formatProblem, loadScenario, type CompiledScenario } from '../../engine/index.ts';

export interface CatalogEntry {
  id: string;
  title: string;
  version: string;
  compiled: CompiledScenario;
}

export type ScenarioCatalog = ReadonlyMap<string, CatalogEntry>;

/** A scenario file as read at start; scoring workers compile the same text, not the disk's. */
export interface ScenarioSource {
  file: string;
  text: string;
}

export function readScenarioSources(folder: string): ScenarioSource[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));
}

/**
 * Compiles every scenario once, at start: compiling costs milliseconds, far more than replaying a
 * session, so no request ever compiles. A broken scenario stops the start.
 */
export function compileCatalog(sources: readonly ScenarioSource[]): ScenarioCatalog {
  const catalog = new Map<string, CatalogEntry>();
  for (const { file, text } of sources) {
    const loaded = loadScenario(text, file);
    if (!loaded.ok) throw new Error(`invalid scenario:\n${loaded.problems.map(formatProblem).join('\n')}`);
    const compiled = compileScenario(loaded.scenario);
    catalog.set(loaded.scenario.id, { id: loaded.scenario.id, title: loaded.scenario.title, version: compiled.version, compiled });
  }
  return catalog;
}
