import { replaySessionLog, scoreSession, type CompiledScenario, type Report, type SessionLog } from '../../engine/index.ts';
import { checkReadingTimes } from '../classroom/timing.ts';

export type ScoreResult = { kind: 'scored'; report: Report } | { kind: 'too-fast'; problem: string };

/** Replays a submitted log and scores it, unless its replies came faster than anyone reads. */
export function scoreLog(compiled: CompiledScenario, log: SessionLog): ScoreResult {
  const session = replaySessionLog(compiled, log);
  const tooFast = checkReadingTimes(session);
  return tooFast ? { kind: 'too-fast', problem: tooFast } : { kind: 'scored', report: scoreSession(session) };
}
