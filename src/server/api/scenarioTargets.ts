import type { ClassRow } from '../store/classes.ts';
import { currentRevision, findClassText } from '../store/publishedScenarios.ts';
import type { PublishedText } from '../scoring/publishedCache.ts';
import type { ApiContext } from './context.ts';
import { ApiError } from './errors.ts';

const unknownScenario = () => new ApiError(400, 'unknown-scenario', 'This class has no such scenario.');
export const newVersion = () => new ApiError(409, 'scenario-version', 'The scenario has changed since this chat was played; reload the page.');

/**
 * The published text a chat on this scenario starts on: null for a bundled scenario, else the
 * current revision's hash. A client naming another text (it read the list before the trainer
 * published again) is told to reload, so it never plays a version nobody gets any more.
 */
export async function startingText(context: ApiContext, classRow: ClassRow, id: string, named: string | undefined): Promise<string | null> {
  if (!classRow.scenarios.includes(id)) throw unknownScenario();
  if (context.catalog.has(id)) return null;
  const current = await currentRevision(context.db, classRow.id, id);
  if (!current) throw unknownScenario();
  if (named !== undefined && named !== current.hash) throw newVersion();
  return current.hash;
}

/** What a submitted log is checked and scored against: the engine's version, and the published text if any. */
export interface ScoringTarget {
  version: string;
  published: PublishedText | undefined;
}

/**
 * A bundled scenario is scored on the catalog; a published one on the text its attempt started on
 * (without a known attempt, the current text, so the checks that follow say what is wrong).
 */
export async function scoringTarget(context: ApiContext, classRow: ClassRow, id: string, attemptHash: string | null | undefined): Promise<ScoringTarget> {
  if (!classRow.scenarios.includes(id)) throw unknownScenario();
  const entry = context.catalog.get(id);
  if (entry) return { version: entry.version, published: undefined };
  const hash = attemptHash ?? (await currentRevision(context.db, classRow.id, id))?.hash;
  const stored = hash ? await findClassText(context.db, classRow.id, hash) : undefined;
  if (!stored || stored.id !== id) throw unknownScenario();
  return { version: stored.version, published: { hash: stored.hash, file: stored.file, text: stored.text } };
}
