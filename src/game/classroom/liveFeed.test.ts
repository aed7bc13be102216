import { describe, expect, it } from 'vitest';
import type { LiveMessage } from '../../classroom/contract.ts';
import { liveUrl, subscribeLive } from './liveFeed.ts';

/** A socket the test opens, feeds and drops by hand. */
class FakeSocket {
  static made: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  close() {
    this.closed = true;
    this.onclose?.();
  }
}

describe('subscribeLive', () => {
  it('uses ws or wss on the page origin', () => {
    expect(liveUrl('ABC234', { protocol: 'https:', host: 'galateo.example' })).toBe('wss://galateo.example/api/classes/ABC234/live');
    expect(liveUrl('ABC234', { protocol: 'http:', host: 'localhost:8091' })).toBe('ws://localhost:8091/api/classes/ABC234/live');
    expect(liveUrl('ABC234', { protocol: 'http:', host: 'localhost:8091' }, true)).toBe('ws://localhost:8091/api/classes/ABC234/live?hideNames=1');
  });

  it('passes on live messages, ignores garbage, and reconnects with a doubling delay reset by a connection', () => {
    FakeSocket.made = [];
    const delays: number[] = [];
    const retries: (() => void)[] = [];
    const received: LiveMessage[] = [];
    let opened = 0;
    const stop = subscribeLive('ABC234', (message) => received.push(message), {
      WebSocketImpl: FakeSocket as unknown as new (url: string) => WebSocket,
      origin: { protocol: 'http:', host: 'localhost' },
      onOpen: () => opened++,
      schedule: (ms, run) => {
        delays.push(ms);
        retries.push(run);
        return () => undefined;
      },
    });
    const first = FakeSocket.made[0]!;
    first.onopen?.();
    first.onmessage?.({ data: 'not json' });
    first.onmessage?.({ data: JSON.stringify({ type: 'other' }) });
    const board = { type: 'leaderboard', leaderboard: { code: 'ABC234', name: 'Aula 3', updatedAt: '', entries: [] } };
    first.onmessage?.({ data: JSON.stringify(board) });
    expect(received).toEqual([board]);

    first.onclose?.();
    retries.shift()!();
    FakeSocket.made[1]!.onclose?.();
    retries.shift()!();
    FakeSocket.made[2]!.onopen?.();
    FakeSocket.made[2]!.onclose?.();
    expect(delays).toEqual([500, 1000, 500]);
    expect(opened).toBe(2);

    retries.shift()!();
    stop();
    expect(FakeSocket.made[3]!.closed).toBe(true);
    expect(retries).toEqual([]);
  });
});
