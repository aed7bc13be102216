import type { LiveMessage } from '../../classroom/contract.ts';

export interface LiveFeedOptions {
  /** Called on every (re)connection: fetch what may have been missed while disconnected. */
  onOpen?: () => void;
  onClose?: () => void;
  /** Injected in tests; the browser's WebSocket and location by default. */
  WebSocketImpl?: new (url: string) => WebSocket;
  origin?: { protocol: string; host: string };
  schedule?: (ms: number, run: () => void) => () => void;
  /** Asks the server to leave the names out, so that hidden names never reach the room's screen. */
  hideNames?: boolean;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;

/** The live socket's address on the page's own origin: wss behind https, ws otherwise. */
export function liveUrl(code: string, origin: { protocol: string; host: string }, hideNames = false): string {
  const scheme = origin.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${origin.host}/api/classes/${encodeURIComponent(code)}/live${hideNames ? '?hideNames=1' : ''}`;
}

const isLiveMessage = (value: unknown): value is LiveMessage => {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    (message.type === 'leaderboard' && typeof message.leaderboard === 'object') ||
    (message.type === 'class' && typeof message.class === 'object') ||
    (message.type === 'lobby' && typeof message.lobby === 'object')
  );
};

/**
 * Follows a class's live messages, reconnecting with a doubling delay (reset once connected) for as
 * long as it is subscribed. Returns the unsubscribe function.
 */
export function subscribeLive(code: string, onMessage: (message: LiveMessage) => void, options: LiveFeedOptions = {}): () => void {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const origin = options.origin ?? location;
  const schedule =
    options.schedule ??
    ((ms, run) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    });
  let socket: WebSocket | undefined;
  let cancelRetry: (() => void) | undefined;
  let delay = FIRST_DELAY_MS;
  let stopped = false;

  const connect = () => {
    cancelRetry = undefined;
    socket = new Impl(liveUrl(code, origin, options.hideNames));
    socket.onopen = () => {
      delay = FIRST_DELAY_MS;
      options.onOpen?.();
    };
    socket.onmessage = (event: MessageEvent) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (isLiveMessage(parsed)) onMessage(parsed);
    };
    socket.onclose = () => {
      socket = undefined;
      options.onClose?.();
      if (stopped) return;
      cancelRetry = schedule(delay, connect);
      delay = Math.min(MAX_DELAY_MS, delay * 2);
    };
  };

  connect();
  return () => {
    stopped = true;
    cancelRetry?.();
    socket?.close();
  };
}
