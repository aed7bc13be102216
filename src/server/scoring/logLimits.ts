import type { SessionLog } from '../../engine/index.ts';

// Lengths are String lengths (UTF-16 units), what the engine's own bounds count.

/** The longest reply the server scores; here until the engine exports its own bound. */
export const MAX_REPLY_CHARACTERS = 2_000;
/** All the replies of one chat together: real chats stay under a fifth of it. */
export const MAX_LOG_CHARACTERS = 40_000;
/** Replies and the close: real chats have a few dozen at most. */
export const MAX_EVENTS = 200;

/** Checks the log's size alone, before any replay: what the replay would cost is bounded by it. */
export function checkLogSize(log: SessionLog): string | undefined {
  if (log.events.length > MAX_EVENTS) return `This chat has ${log.events.length} events; the server scores at most ${MAX_EVENTS}.`;
  let replies = 0;
  let total = 0;
  for (const event of log.events) {
    if (!('text' in event)) continue;
    replies++;
    if (event.text.length > MAX_REPLY_CHARACTERS) return `Reply ${replies} has ${event.text.length} characters; the server scores replies of at most ${MAX_REPLY_CHARACTERS}.`;
    total += event.text.length;
  }
  if (total > MAX_LOG_CHARACTERS) return `The replies of this chat have ${total} characters in all; the server scores at most ${MAX_LOG_CHARACTERS}.`;
  return undefined;
}
