import type { CompiledScenario } from '../compileScenario.ts';
import type { Reply } from '../scenario/scenarioSchema.ts';
import { ChatSession, TYPING_EVERY_MS } from './chatSession.ts';
import type { SessionLog, SessionStart } from './sessionLog.ts';

/**
 * Plays replies given as delays: each reply is sent `delay` seconds after the previous message in
 * the chat, whichever side wrote it. A persona line or nudge that shows up during the wait becomes
 * the new 'previous message', exactly as it would for a person watching the chat. A reply's
 * `typing` seconds before it is sent are told to the session as the game tells them, every
 * TYPING_EVERY_MS, so the customer sees 'sta scrivendo' and waits. A `start` opens the chat mid-way (a playtest).
 */
export function replayReplies(compiled: CompiledScenario, replies: readonly Reply[], seed = 1, options: { finish?: boolean; start?: SessionStart | undefined } = {}): ChatSession {
  const session = new ChatSession(compiled, seed, options.start);
  for (const reply of replies) {
    if (session.ended) break;
    // A reply that answers lines the customer was still typing comes after them, however short its
    // delay (a delay alone counts from the last message shown): a playtest records it as `after`.
    while (session.messages.length < (reply.after ?? 0) && session.personaTyping && !session.ended) session.advanceTo(session.nextDueAt()!);
    let lastTyping = Number.NEGATIVE_INFINITY;
    for (;;) {
      const sendAt = session.lastMessageAt + reply.delay * 1000;
      const typingFrom = Math.max(session.now, sendAt - (reply.typing ?? 0) * 1000, lastTyping + TYPING_EVERY_MS);
      const next = session.nextDueAt();
      if (typingFrom < sendAt && (next === undefined || typingFrom < next)) {
        session.typing(typingFrom);
        lastTyping = typingFrom;
        continue;
      }
      if (next !== undefined && next <= sendAt) {
        session.advanceTo(next);
        if (session.ended) break;
        continue;
      }
      session.reply(reply.text, sendAt);
      break;
    }
  }
  if (options.finish ?? true) session.finish();
  return session;
}

/** Rebuilds a session from its log: after a page reload, or on the server that re-scores it. */
export function replaySessionLog(compiled: CompiledScenario, log: SessionLog, options: { finish?: boolean } = {}): ChatSession {
  const session = new ChatSession(compiled, log.seed, log.start);
  for (const event of log.events) {
    session.advanceTo(event.at);
    if (session.ended) break;
    session.apply(event);
  }
  if (options.finish ?? true) session.finish();
  return session;
}
