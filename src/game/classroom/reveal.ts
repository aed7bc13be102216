import type { LatestScore } from '../../classroom/contract.ts';

/**
 * Whether the board's latest score is news to a projector that had seen up to `seen` (undefined
 * before its first board: what was there before it opened is not news). Only a later score is:
 * when the trainer removes a trainee, the latest score can become an older one.
 */
export function isNewScore(seen: string | null | undefined, latest: LatestScore | null): latest is LatestScore {
  if (seen === undefined || latest === null) return false;
  return seen === null || Date.parse(latest.submittedAt) > Date.parse(seen);
}
