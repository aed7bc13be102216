import { describe, expect, it } from 'vitest';
import type { PlayView } from '../play/livePlay.ts';
import { deskPicture, samePicture } from './deskPicture.ts';

const waiting = (elapsed: number, overrides: Partial<PlayView> = {}): PlayView => ({
  elapsed,
  messages: [],
  typing: false,
  mood: 0,
  waitingSeconds: elapsed / 1000,
  waitingFor: 'welcome',
  timerLevel: elapsed >= 10_000 ? 'amber' : 'calm',
  patience: 1 - elapsed / 90_000,
  ended: false,
  outcome: undefined,
  ...overrides,
});

describe('deskPicture', () => {
  it('stays the same between the ticks of one second, so the idle desk renders no frame', () => {
    expect(samePicture(deskPicture(waiting(4_100)), deskPicture(waiting(4_400)))).toBe(true);
    expect(samePicture(deskPicture(waiting(4_900)), deskPicture(waiting(5_000)))).toBe(false);
  });

  it('changes when the timer changes colour, the mood moves or an onlooker joins', () => {
    const calm = deskPicture(waiting(9_000));
    expect(deskPicture(waiting(10_000)).timerLevel).toBe('amber');
    expect(samePicture(calm, deskPicture(waiting(9_000, { mood: -1 })))).toBe(false);
    const onlooker = { index: 0, from: 'onlooker', text: 'Anche a me!', at: 0, name: 'Marco B.' } as PlayView['messages'][number];
    expect(deskPicture(waiting(9_000, { messages: [onlooker] })).onlookers).toBe(1);
  });

  it('cycles one, two, three typing dots while the customer types, and none otherwise', () => {
    const dots = [0, 350, 700, 1_050].map((elapsed) => deskPicture(waiting(elapsed, { typing: true })).typingDots);
    expect(dots).toEqual([1, 2, 3, 1]);
    expect(deskPicture(waiting(700)).typingDots).toBe(0);
  });

  it('shows no timer while nobody waits for the agent', () => {
    expect(deskPicture(waiting(3_000, { waitingSeconds: null, timerLevel: 'idle' })).timerSeconds).toBeNull();
  });
});
