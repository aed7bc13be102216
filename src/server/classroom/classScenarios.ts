import type { ClassScenario } from '../../classroom/contract.ts';
import type { CurrentPublished } from '../store/publishedScenarios.ts';
import type { ScenarioCatalog } from './scenarioCatalog.ts';

/**
 * The class's scenarios in its order: a bundled one from the catalog, a published one at its
 * current revision. An id that is neither (a bundled scenario since removed from the server) is
 * left out: no trainee could play it.
 */
export function classScenarios(ids: readonly string[], catalog: ScenarioCatalog, published: ReadonlyMap<string, CurrentPublished>): ClassScenario[] {
  return ids.flatMap((id): ClassScenario[] => {
    const entry = catalog.get(id);
    if (entry) {
      const { title, channel, difficulty, brief, locale } = entry.compiled.scenario;
      return [{ id, version: entry.version, title, channel, difficulty, brief, locale, published: null }];
    }
    const revision = published.get(id);
    if (!revision) return [];
    return [{ id, version: revision.version, ...revision.summary, published: { hash: revision.hash, revision: revision.revision, publishedAt: revision.publishedAt.toISOString() } }];
  });
}
