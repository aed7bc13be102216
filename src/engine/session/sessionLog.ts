import { z } from 'zod';
import { MAX_REPLY_LENGTH } from './replyLimit.ts';

/**
 * A session is event-sourced: the timed agent actions and the seed are all there is to keep. The
 * transcript and the report are rebuilt from them by replay, after a page reload or on the server.
 */
/** When an event happened, in ms since the chat opened; no chat lasts a day. */
const EventTimeSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600 * 1000);

export const SessionEventSchema = z.union([
  z
    .object({
      at: EventTimeSchema,
      text: z.string().max(MAX_REPLY_LENGTH, `a reply has at most ${MAX_REPLY_LENGTH} characters`),
    })
    .strict(),
  z
    .object({
      at: EventTimeSchema,
      close: z.literal(true),
    })
    .strict(),
  // The trainee is typing: the customer sees 'sta scrivendo' and waits before nudging.
  z
    .object({
      at: EventTimeSchema,
      typing: z.literal(true),
    })
    .strict(),
]);
export type SessionEvent = z.infer<typeof SessionEventSchema>;

/**
 * Where a chat opened, when not at the scenario's start: a playtest in the studio may open it in any
 * state, with the facts the customer knows and her mood chosen by the author.
 */
export const SessionStartSchema = z
  .object({
    state: z.string().min(1).max(100),
    facts: z.array(z.string().min(1).max(100)).max(200),
    mood: z.number().int().min(-5).max(5),
  })
  .strict();
export type SessionStart = z.infer<typeof SessionStartSchema>;

/**
 * A chat a trainee played: always from the scenario's start, so this schema has no `start` and
 * refuses one (a class submission that skipped to the end is no chat).
 */
export const SessionLogSchema = z
  .object({
    scenario: z.string().min(1).max(100),
    version: z.string().min(1).max(100),
    seed: z.number().int().min(0).max(0xffffffff),
    events: z.array(SessionEventSchema).max(500),
  })
  .strict();

/** A playtest's log: the same, with where it opened when it did not open at the start. */
export const PlaytestLogSchema = SessionLogSchema.extend({ start: SessionStartSchema.optional() }).strict();
export type SessionLog = z.infer<typeof PlaytestLogSchema>;
