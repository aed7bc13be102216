import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileScenario, loadScenario, replayReplies, scoreSession, type Report, type SessionLog } from '../../engine/index.ts';
import type { Database } from '../db/database.ts';

const scenariosDir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

/** Logs with these seeds crash, spin or hoard memory in testing/poisonedScoringWorker.ts. */
export const CRASH_SEED = 4_000_000_000;
export const BURN_SEED = 4_000_000_001;
export const HOARD_SEED = 4_000_000_002;
/** Uploaded texts with these lines spin or hoard memory while they are checked, in the same worker. */
export const BURN_MARK = '# galateo-test: spin';
export const HOARD_MARK = '# galateo-test: hoard';

function scenarioTestSession(scenarioId: string, testIndex: number, seed: number) {
  const loaded = loadScenario(readFileSync(`${scenariosDir}${scenarioId}.yaml`, 'utf8'));
  if (!loaded.ok) throw new Error(`scenario ${scenarioId} does not load`);
  const test = loaded.scenario.tests[testIndex];
  if (!test) throw new Error(`scenario ${scenarioId} has no test ${testIndex}`);
  return replayReplies(compileScenario(loaded.scenario), test.replies, seed);
}

/** A scenario's own test conversation (e.g. 0 is its exemplary agent) as the log a browser would send. */
export function scenarioTestLog(scenarioId: string, testIndex: number, seed = 1): SessionLog {
  return scenarioTestSession(scenarioId, testIndex, seed).log;
}

/** The report the engine gives a scenario's own test conversation. */
export function scenarioTestReport(scenarioId: string, testIndex: number, seed = 1): Report {
  return scoreSession(scenarioTestSession(scenarioId, testIndex, seed));
}

/** Moves an attempt's start into the past, as if the trainee had been chatting that long. */
export async function backdateAttempt(database: Database, attemptId: string, milliseconds: number): Promise<void> {
  await database.query('update attempts set started_at = started_at - make_interval(secs => $2::float8 / 1000) where id = $1', [attemptId, milliseconds]);
}
