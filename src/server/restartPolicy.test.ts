import { describe, expect, it } from 'vitest';
import { MAX_RAPID_RESTARTS, RESTART_WINDOW_MS, restartDelay } from './restartPolicy.ts';

describe('the restart policy', () => {
  it('waits half a second after a lone crash, and doubles the wait for each rapid one', () => {
    const now = 1_000_000;
    expect(restartDelay([now], now)).toBe(500);
    expect(restartDelay([now - 1000, now], now)).toBe(1000);
    expect(restartDelay([now - 3000, now - 2000, now - 1000, now], now)).toBe(4000);
  });

  it('forgets crashes older than the window', () => {
    const now = 1_000_000;
    expect(restartDelay([now - RESTART_WINDOW_MS - 1, now - RESTART_WINDOW_MS, now], now)).toBe(500);
  });

  it('gives up after too many rapid crashes', () => {
    const now = 1_000_000;
    const exits = (count: number) => Array.from({ length: count }, (_, index) => now - index * 1000);
    expect(restartDelay(exits(MAX_RAPID_RESTARTS), now)).toBe(500 * 2 ** (MAX_RAPID_RESTARTS - 1));
    expect(restartDelay(exits(MAX_RAPID_RESTARTS + 1), now)).toBeUndefined();
  });
});
