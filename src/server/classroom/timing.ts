import type { ChatSession, SessionLog } from '../../engine/index.ts';

/** Nobody reads a message and answers it faster than this. */
export const MIN_REPLY_GAP_MS = 300;
/** Reading a customer message takes at least this plus the per-character time. */
export const READ_BASE_MS = 150;
export const READ_PER_CHARACTER_MS = 8;
/** Clock skew and network delay allowed between the attempt's start and the last event. */
export const ELAPSED_TOLERANCE_MS = 2000;

/**
 * Checks the log alone, before any replay: events in order, and no reply sooner than
 * MIN_REPLY_GAP_MS after the agent's previous one or the opening. The replay's own check
 * (checkReadingTimes) would refuse such a log too, but only after paying for the replay.
 */
export function checkEventTimes(log: SessionLog): string | undefined {
  let replies = 0;
  let previousReplyAt = 0;
  for (const [index, event] of log.events.entries()) {
    if (index > 0 && event.at < log.events[index - 1]!.at) return `event ${index + 1} is earlier than the one before it`;
    if (!('text' in event)) continue;
    replies++;
    if (event.at - previousReplyAt < MIN_REPLY_GAP_MS) return `reply ${replies} came ${event.at - previousReplyAt} ms after ${replies === 1 ? 'the chat opened' : 'the one before it'}`;
    previousReplyAt = event.at;
  }
  return undefined;
}

/** The session cannot have lasted longer than the attempt has existed on the server. */
export function checkElapsed(log: SessionLog, elapsedMs: number): string | undefined {
  const last = log.events[log.events.length - 1]?.at ?? 0;
  if (last > elapsedMs + ELAPSED_TOLERANCE_MS) return `the chat lasted ${Math.round(last / 1000)} s but its attempt started ${Math.round(elapsedMs / 1000)} s ago`;
  return undefined;
}

/** Every agent reply came late enough for a person to have read what was on screen. */
export function checkReadingTimes(session: ChatSession): string | undefined {
  let previousAt = 0;
  let customer: { at: number; length: number } | undefined;
  for (const message of session.messages) {
    if (message.from === 'agent') {
      const number = message.index + 1;
      if (message.at - previousAt < MIN_REPLY_GAP_MS) return `message ${number} came ${Math.round(message.at - previousAt)} ms after the one before it`;
      if (customer && message.at - customer.at < READ_BASE_MS + READ_PER_CHARACTER_MS * customer.length) {
        return `message ${number} came before the customer's message of ${customer.length} characters could be read`;
      }
    } else if (message.from === 'customer') {
      customer = { at: message.at, length: [...message.text].length };
    }
    previousAt = message.at;
  }
  return undefined;
}
