import type { TraineeStatus } from '../../classroom/contract.ts';

/**
 * A chat started longer ago than this and never submitted was left: closed tab, lost network.
 * Past it the trainee no longer shows as playing. Real chats last a few minutes.
 */
export const PLAYING_WINDOW_MS = 30 * 60_000;

/** Where a trainee stands, from their latest unsubmitted chat start and latest submission. */
export function traineeStatus(activity: { openAttemptAt: Date | null; lastSubmissionAt: Date | null }, now = new Date()): TraineeStatus {
  const { openAttemptAt, lastSubmissionAt } = activity;
  const playing = openAttemptAt !== null && now.getTime() - openAttemptAt.getTime() < PLAYING_WINDOW_MS && (lastSubmissionAt === null || openAttemptAt > lastSubmissionAt);
  if (playing) return 'playing';
  return lastSubmissionAt === null ? 'joined' : 'submitted';
}
