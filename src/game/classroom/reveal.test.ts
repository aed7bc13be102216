import { describe, expect, it } from 'vitest';
import { isNewScore } from './reveal.ts';

const score = (submittedAt: string) => ({ scenario: 'rc-auto-renewal', total: 70, nickname: 'Anna', submittedAt });

describe('the projector reveals', () => {
  it('a score that arrives after it opened, not the ones already there', () => {
    expect(isNewScore(undefined, score('2026-12-05T10:00:00.000Z'))).toBe(false);
    expect(isNewScore(null, score('2026-12-05T10:00:00.000Z'))).toBe(true);
    expect(isNewScore('2026-12-05T10:00:00.000Z', score('2026-12-05T10:00:01.000Z'))).toBe(true);
  });

  it('nothing when the latest score is the same or older (a trainee was removed)', () => {
    expect(isNewScore('2026-12-05T10:00:00.000Z', score('2026-12-05T10:00:00.000Z'))).toBe(false);
    expect(isNewScore('2026-12-05T10:00:00.000Z', score('2026-12-05T09:59:00.000Z'))).toBe(false);
    expect(isNewScore('2026-12-05T10:00:00.000Z', null)).toBe(false);
  });
});
