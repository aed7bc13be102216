import { describe, expect, it } from 'vitest';
import { SessionClock } from './sessionClock.ts';

describe('SessionClock', () => {
  it('fires timers in order of due time, then of scheduling, and only up to the target', () => {
    const clock = new SessionClock();
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b@200'), 200);
    clock.setTimeout(() => fired.push('a@100'), 100);
    clock.setTimeout(() => fired.push('c@200'), 200);
    clock.advanceTo(150);
    expect(fired).toEqual(['a@100']);
    expect(clock.now()).toBe(150);
    expect(clock.nextDue()).toBe(200);
    clock.advanceTo(1000);
    expect(fired).toEqual(['a@100', 'b@200', 'c@200']);
    expect(clock.nextDue()).toBeUndefined();
  });

  it('runs timers scheduled by a firing timer when they fall within the advance', () => {
    const clock = new SessionClock();
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 50);
    }, 100);
    clock.advanceTo(200);
    expect(fired).toEqual([100, 150]);
  });

  it('forgets cleared timers and never moves back in time', () => {
    const clock = new SessionClock();
    const id = clock.setTimeout(() => {
      throw new Error('cleared timer fired');
    }, 10);
    clock.clearTimeout(id);
    clock.advanceTo(100);
    clock.advanceTo(50);
    expect(clock.now()).toBe(100);
  });
});
