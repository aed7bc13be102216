import type { ClassScenario } from '../../classroom/contract.ts';
import type { CompiledScenario } from '../../engine/index.ts';
import { openLocalScenario } from '../scenarios/scenarioCatalog.ts';
import type { ClassMembership } from '../storage/records.ts';
import type { ClassroomApi } from './classroomApi.ts';

/** A scenario the trainer published to the class: its text as fetched, and the hash it is stored under. */
export interface PublishedPlay {
  hash: string;
  file: string;
  text: string;
}

/** The published text reads differently here than on the server: the game and the server run different engines. */
export class PublishedMismatch extends Error {
  override readonly name = 'PublishedMismatch';
}

/**
 * Fetches a class's published scenario and compiles it in the browser, as a local file is; it
 * must come out as the version the class lists, which is the one the server scores.
 */
export async function openPublished(
  api: Pick<ClassroomApi, 'scenarioText'>,
  membership: ClassMembership,
  entry: ClassScenario & { published: NonNullable<ClassScenario['published']> },
): Promise<{ compiled: CompiledScenario; published: PublishedPlay }> {
  const { hash, file, text } = await api.scenarioText(membership.code, membership.rejoinToken, entry.published.hash);
  const opened = await openLocalScenario(text, file);
  if (!opened.ok || opened.compiled.version !== entry.version) throw new PublishedMismatch(`${entry.id} does not compile to version ${entry.version} here`);
  return { compiled: opened.compiled, published: { hash, file, text } };
}
