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

/**
 * Reads and compiles every scenario once, at start: compiling costs milliseconds, far more than
 * replaying a session, so no request ever compiles. A broken scenario stops the start.
 */
export function loadScenarioCatalog(folder: string): ScenarioCatalog {
  const catalog = new Map<string, CatalogEntry>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
    const loaded = loadScenario(readFileSync(join(folder, file), 'utf8'), file);
    if (!loaded.ok) throw new Error(`invalid scenario:\n${loaded.problems.map(formatProblem).join('\n')}`);
    const compiled = compileScenario(loaded.scenario);
    catalog.set(loaded.scenario.id, { id: loaded.scenario.id, title: loaded.scenario.title, version: compiled.version, compiled });
  }
  return catalog;
}
