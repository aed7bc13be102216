import { describe, expect, it } from 'vitest';
import { PLAYING_WINDOW_MS, traineeStatus } from './traineeStatus.ts';

const now = new Date('2026-12-05T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('a trainee on the dashboard', () => {
  it('has joined until a chat starts', () => {
    expect(traineeStatus({ openAttemptAt: null, lastSubmissionAt: null }, now)).toBe('joined');
  });

  it('is playing while a chat started recently is not submitted, even after an earlier submission', () => {
    expect(traineeStatus({ openAttemptAt: ago(60_000), lastSubmissionAt: null }, now)).toBe('playing');
    expect(traineeStatus({ openAttemptAt: ago(60_000), lastSubmissionAt: ago(120_000) }, now)).toBe('playing');
  });

  it('has submitted once a chat is scored and no newer one is open', () => {
    expect(traineeStatus({ openAttemptAt: null, lastSubmissionAt: ago(1000) }, now)).toBe('submitted');
    // A chat left open before the last submission (an abandoned tab) does not count.
    expect(traineeStatus({ openAttemptAt: ago(120_000), lastSubmissionAt: ago(60_000) }, now)).toBe('submitted');
  });

  it('stops playing when the chat was left long ago', () => {
    expect(traineeStatus({ openAttemptAt: ago(PLAYING_WINDOW_MS + 1), lastSubmissionAt: null }, now)).toBe('joined');
    expect(traineeStatus({ openAttemptAt: ago(PLAYING_WINDOW_MS + 1), lastSubmissionAt: ago(PLAYING_WINDOW_MS + 2) }, now)).toBe('submitted');
  });
});
