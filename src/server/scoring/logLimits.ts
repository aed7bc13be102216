import { MAX_REPLY_LENGTH, type SessionLog } from '../../engine/index.ts';

// Each reply is already bounded by the engine's MAX_REPLY_LENGTH, in the log's schema; these bound
// the whole chat. Lengths are String lengths (UTF-16 units), as the engine counts them.

/** All the replies of one chat together: twenty of the longest, where real chats stay under a fifth. */
export const MAX_LOG_CHARACTERS = 20 * MAX_REPLY_LENGTH;
/** Replies and the close: real chats have a few dozen at most. */
export const MAX_EVENTS = 200;

/** Checks the log's size alone, before any replay: what the replay would cost is bounded by it. */
export function checkLogSize(log: SessionLog): string | undefined {
  if (log.events.length > MAX_EVENTS) return `This chat has ${log.events.length} events; the server scores at most ${MAX_EVENTS}.`;
  const total = log.events.reduce((sum, event) => sum + ('text' in event ? event.text.length : 0), 0);
  if (total > MAX_LOG_CHARACTERS) return `The replies of this chat have ${total} characters in all; the server scores at most ${MAX_LOG_CHARACTERS}.`;
  return undefined;
}
