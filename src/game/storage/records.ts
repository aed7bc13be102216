import { z } from 'zod';
import { ReportSchema } from '../../engine/scoring/reportSchema.ts';
import { SessionLogSchema } from '../../engine/session/sessionLog.ts';

/**
 * What the game keeps in the browser, one schema each. The types come from here; what is read back
 * is checked by the lighter storedShapes.ts, so the browser bundle carries no validator.
 */

export const ProfileSchema = z.object({ nickname: z.string().min(2).max(24) });
export type Profile = z.infer<typeof ProfileSchema>;

export const SettingsSchema = z.object({
  locale: z.enum(['it', 'en']).default('it'),
  muted: z.boolean().default(false),
  volume: z.number().min(0).max(1).default(0.7),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Where a scenario came from: bundled with the game, or a local file the trainee opened. */
export const ScenarioSourceSchema = z.union([
  z.object({ kind: z.literal('bundled'), id: z.string() }),
  z.object({ kind: z.literal('local'), file: z.string(), text: z.string().max(2_000_000) }),
]);
export type ScenarioSource = z.infer<typeof ScenarioSourceSchema>;

/** The chat in progress: enough to rebuild it by replay after a reload. */
export const ActiveSessionSchema = z.object({
  source: ScenarioSourceSchema,
  log: SessionLogSchema,
  /** Wall-clock time (ms since the epoch) when the chat opened: a chat cannot be paused. */
  wallStart: z.number(),
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
