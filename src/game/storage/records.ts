import { z } from 'zod';
import { LOCALE_CODES, ReportSchema, SessionLogSchema } from '../../engine/index.ts';

/**
 * What the game keeps in the browser, one schema each. The types come from here; what is read back
 * is checked by the lighter storedShapes.ts, so the browser bundle carries no validator.
 */

export const ProfileSchema = z.object({ nickname: z.string().min(2).max(24) });
export type Profile = z.infer<typeof ProfileSchema>;

export const SettingsSchema = z.object({
  locale: z.enum(LOCALE_CODES).default('it'),
  muted: z.boolean().default(false),
  volume: z.number().min(0).max(1).default(0.7),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Where a scenario came from: bundled with the game, or a local file the trainee opened. */
export const ScenarioSourceSchema = z.union([z.object({ kind: z.literal('bundled'), id: z.string() }), z.object({ kind: z.literal('local'), file: z.string(), text: z.string().max(2_000_000) })]);
export type ScenarioSource = z.infer<typeof ScenarioSourceSchema>;

/** A chat played for a class: its finished log goes to the class's outbox. */
export const ClassAttemptSchema = z.object({
  code: z.string(),
  /** The server's attempt id; empty when the server was unreachable at the start. */
  attemptId: z.string(),
  token: z.string(),
});
export type ClassAttempt = z.infer<typeof ClassAttemptSchema>;

/** The chat in progress: enough to rebuild it by replay after a reload. */
export const ActiveSessionSchema = z.object({
  source: ScenarioSourceSchema,
  log: SessionLogSchema,
  /** Wall-clock time (ms since the epoch) when the chat opened: a chat cannot be paused. */
  wallStart: z.number(),
  classAttempt: ClassAttemptSchema.optional(),
});
export type ActiveSession = z.infer<typeof ActiveSessionSchema>;

export const SessionRecordSchema = z.object({
  id: z.string(),
  source: ScenarioSourceSchema,
  title: z.string(),
  wallStart: z.number(),
  log: SessionLogSchema,
  report: ReportSchema,
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

/** The class this browser's trainee joined; the rejoin token makes a reload the same trainee. */
export const ClassMembershipSchema = z.object({ code: z.string(), traineeId: z.string(), nickname: z.string(), rejoinToken: z.string() });
export type ClassMembership = z.infer<typeof ClassMembershipSchema>;

/** A finished class chat waiting to reach the server; the same key is sent on every retry. */
export const OutboxItemSchema = ClassAttemptSchema.extend({
  idempotencyKey: z.string(),
  /** The history record it belongs to, to show the official score on that debrief. */
  recordId: z.string(),
  log: SessionLogSchema,
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

/** What the server answered to a submission, kept per history record. */
export const ClassResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accepted'), submissionId: z.string(), total: z.number(), rank: z.number().nullable() }),
  z.object({ kind: z.literal('refused'), status: z.number(), error: z.string(), message: z.string() }),
]);
export type ClassResult = z.infer<typeof ClassResultSchema>;
