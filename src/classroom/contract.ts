import { z } from 'zod';
import { CHANNEL_IDS } from '../engine/scenario/channels.ts';
import { DimensionSchema } from '../engine/scenario/scenarioSchema.ts';
import { LOCALE_CODES } from '../engine/language/locales.ts';
import { SessionLogSchema } from '../engine/session/sessionLog.ts';

/**
 * The classroom API between the browser and the server, one zod schema per message. The server
 * validates every request with these; the client uses the inferred types. Paths are under /api.
 *
 * Auth: trainer routes need `Authorization: Bearer <trainerToken>`; trainee routes need
 * `Authorization: Bearer <rejoinToken>`. Only hashes of tokens are stored.
 */

export const JOIN_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{6}$/;
/** Six characters without look-alikes (no I, O, 0, 1), upper case; the server upper-cases input. */
export const JoinCodeSchema = z.string().trim().toUpperCase().regex(JOIN_CODE_PATTERN, 'a join code has 6 letters and digits');

export const ScenarioIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/)
  .max(80);

// POST /api/classes
export const CreateClassRequestSchema = z
  .object({
    /** Normalised like a nickname by the server, then 1 to 80 characters. */
    name: z.string().max(200),
    scenarios: z.array(ScenarioIdSchema).min(1).max(20),
    opensAt: z.iso.datetime({ offset: true }).optional(),
    closesAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type CreateClassRequest = z.infer<typeof CreateClassRequestSchema>;

export const CreateClassResponseSchema = z.object({
  classId: z.string(),
  code: z.string(),
  /** Shown once; the server keeps only its hash. */
  trainerToken: z.string(),
});
export type CreateClassResponse = z.infer<typeof CreateClassResponseSchema>;

/** A published scenario is stored under the sha-256 of its text, in hex. */
export const ScenarioHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a scenario hash is 64 hexadecimal digits');

/** What the picker shows of a scenario before it is played: the card's fields, in the scenario's language. */
export const ScenarioSummarySchema = z.object({
  title: z.string(),
  channel: z.enum(CHANNEL_IDS),
  difficulty: z.number().int(),
  brief: z.string(),
  locale: z.enum(LOCALE_CODES),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/**
 * One of a class's scenarios. `version` is the engine's fingerprint, which a chat's log carries.
 * A bundled scenario has `published: null`; a published one names its current text (by hash),
 * fetched with GET /api/classes/:code/scenarios/:hash, and its revision (1, 2, …).
 */
export const ClassScenarioSchema = ScenarioSummarySchema.extend({
  id: ScenarioIdSchema,
  version: z.string(),
  published: z.object({ hash: ScenarioHashSchema, revision: z.number().int(), publishedAt: z.string() }).nullable(),
});
export type ClassScenario = z.infer<typeof ClassScenarioSchema>;

// GET /api/classes/:code
export const ClassInfoSchema = z.object({
  code: z.string(),
  name: z.string(),
  scenarios: z.array(ClassScenarioSchema),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  locked: z.boolean(),
  /** open: accepting joins and submissions; not-yet / closed by time; locked by the trainer. */
  status: z.enum(['open', 'not-yet-open', 'closed', 'locked']),
});
export type ClassInfo = z.infer<typeof ClassInfoSchema>;

// POST /api/classes/:code/join
export const JoinRequestSchema = z.object({ nickname: z.string().max(200) }).strict();
export const JoinResponseSchema = z.object({
  traineeId: z.string(),
  nickname: z.string(),
  /** Kept in localforage: a refresh or a new tab rejoins as the same trainee. */
  rejoinToken: z.string(),
  class: ClassInfoSchema,
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

// GET /api/classes/:code/me (trainee token)
export const MeResponseSchema = z.object({
  traineeId: z.string(),
  nickname: z.string(),
  class: ClassInfoSchema,
  /** 1-based rank on the leaderboard, null before the first scored session. */
  rank: z.number().int().nullable(),
  best: z.record(z.string(), z.number().int()),
  attempts: z.record(z.string(), z.number().int()),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

// POST /api/classes/:code/attempts (trainee token): the server notes when a chat starts.
// For a published scenario, `hash` names the text the trainee is about to play: it must be the
// current one (409 scenario-version otherwise), and the chat is scored on it even if the trainer
// publishes a new version meanwhile. Without it, the current text is noted.
export const StartAttemptRequestSchema = z.object({ scenario: ScenarioIdSchema, hash: ScenarioHashSchema.optional() }).strict();
export const StartAttemptResponseSchema = z.object({ attemptId: z.string(), startedAt: z.string() });
export type StartAttemptResponse = z.infer<typeof StartAttemptResponseSchema>;

// POST /api/classes/:code/submissions (trainee token)
export const SubmissionRequestSchema = z
  .object({
    /** Same key, same submission: a retried request never counts twice. */
    idempotencyKey: z.string().min(8).max(100),
    attemptId: z.string().max(100),
    /** Only the timed events and the seed: the server replays and scores them itself. */
    log: SessionLogSchema,
  })
  .strict();
export type SubmissionRequest = z.infer<typeof SubmissionRequestSchema>;

export const SubmissionResponseSchema = z.object({
  submissionId: z.string(),
  total: z.number().int(),
  outcome: z.string(),
  rank: z.number().int().nullable(),
  /** The server's own report (never the client's). */
  report: z.unknown(),
});
export type SubmissionResponse = z.infer<typeof SubmissionResponseSchema>;

// GET /api/classes/:code/leaderboard?top=N&hideNames=1 ; also pushed on the WebSocket
export const LeaderboardEntrySchema = z.object({
  rank: z.number().int(),
  /** With hideNames, both are left out (nickname null): nothing on the board identifies a trainee. */
  traineeId: z.string().optional(),
  nickname: z.string().nullable(),
  /** Sum over the class's scenarios of the trainee's best total on each. */
  score: z.number().int(),
  attempts: z.number().int(),
});
export type LeaderboardEntry = z.infer<typeof LeaderboardEntrySchema>;
/** One scenario's board: each trainee's best total on it (score) and their attempts at it. */
export const ScenarioBoardSchema = z.object({ scenario: ScenarioIdSchema, entries: z.array(LeaderboardEntrySchema) });
/** The class's latest scored session, for the projector's reveal; nickname null with hideNames. */
export const LatestScoreSchema = z.object({ scenario: ScenarioIdSchema, total: z.number().int(), nickname: z.string().nullable(), submittedAt: z.string() });
export type LatestScore = z.infer<typeof LatestScoreSchema>;
export const LeaderboardSchema = z.object({
  code: z.string(),
  name: z.string(),
  updatedAt: z.string(),
  /** Overall: the sum of each trainee's bests. */
  entries: z.array(LeaderboardEntrySchema),
  /** One board per class scenario, in the class's order; top and hideNames apply to each. */
  scenarios: z.array(ScenarioBoardSchema),
  latest: LatestScoreSchema.nullable(),
});
export type Leaderboard = z.infer<typeof LeaderboardSchema>;

/** Who has joined, in order of arrival; with hideNames only the count and times, no names or ids. */
export const LobbySchema = z.object({
  count: z.number().int(),
  trainees: z.array(z.object({ traineeId: z.string().optional(), nickname: z.string().nullable(), joinedAt: z.string() })),
});
export type Lobby = z.infer<typeof LobbySchema>;

// WebSocket /api/classes/:code/live: server → client messages. The lobby is pushed on connect
// and on every join, rename or removal, so a projector shows trainees before any score.
export const LiveMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('leaderboard'), leaderboard: LeaderboardSchema }),
  z.object({ type: z.literal('class'), class: ClassInfoSchema }),
  z.object({ type: z.literal('lobby'), lobby: LobbySchema }),
]);
export type LiveMessage = z.infer<typeof LiveMessageSchema>;

// GET /api/classes/:code/scenarios/:hash (trainee token) and
// GET /api/trainer/classes/:classId/scenarios/:hash (trainer token): one of the class's published texts.
export const ScenarioTextSchema = z.object({ id: ScenarioIdSchema, hash: ScenarioHashSchema, file: z.string(), text: z.string() });
export type ScenarioText = z.infer<typeof ScenarioTextSchema>;

/** The server's own bound on a published scenario's text, well above the bundled ones (about 20,000). */
export const MAX_SCENARIO_CHARS = 200_000;

// POST /api/trainer/classes/:classId/scenarios (trainer token): publishes a scenario's YAML to the
// class. 201 with a new revision; 200 when the text is already the current one; 422 invalid-scenario
// with `problems` (file:line:column) when the engine refuses it, or when reading it went over the
// server's time or memory bounds; 409 bundled-scenario-id when its id is a bundled scenario's.
export const PublishScenarioRequestSchema = z
  .object({
    /** The file name the problems are reported under. */
    file: z.string().min(1).max(200),
    text: z.string().max(MAX_SCENARIO_CHARS, `a scenario has at most ${MAX_SCENARIO_CHARS} characters`),
  })
  .strict();
export type PublishScenarioRequest = z.infer<typeof PublishScenarioRequestSchema>;

/** One published revision of a scenario in a class; `current` is the one trainees get. */
export const PublishedRevisionSchema = z.object({
  id: ScenarioIdSchema,
  title: z.string(),
  revision: z.number().int(),
  hash: ScenarioHashSchema,
  version: z.string(),
  publishedAt: z.string(),
  current: z.boolean(),
});
export type PublishedRevision = z.infer<typeof PublishedRevisionSchema>;

export const PublishScenarioResponseSchema = z.object({ published: PublishedRevisionSchema, created: z.boolean() });
export type PublishScenarioResponse = z.infer<typeof PublishScenarioResponseSchema>;

/** A problem in an uploaded scenario, as `galateo validate` reports it (line 0: the whole file). */
export const ScenarioProblemSchema = z.object({ file: z.string(), line: z.number().int(), column: z.number().int(), message: z.string() });
export const ScenarioRefusalSchema = z.object({ error: z.literal('invalid-scenario'), message: z.string(), problems: z.array(ScenarioProblemSchema) });

// Trainer routes (trainer token), under /api/trainer/classes/:classId
// GET  .../            → TrainerClassSchema
// GET  .../submissions/:submissionId → { submission: TrainerSubmission, report, log }
// PATCH .../trainees/:traineeId { nickname } (the trainer may override the profanity filter)
// DELETE .../trainees/:traineeId (their token and nickname stay refused in the class until readmitted)
// POST .../trainees/:traineeId/readmit → { traineeId, nickname }: back with their token, nickname and results
// PATCH .../ { locked?, profanityFilter?, opensAt?, closesAt? }
// GET  .../export.csv  (text/csv, formula-injection safe)
// GET  .../export.xapi (application/json: xAPI 1.0.3 statements)
export const TrainerSubmissionSchema = z.object({
  submissionId: z.string(),
  traineeId: z.string(),
  scenario: z.string(),
  total: z.number().int(),
  outcome: z.string(),
  dimensions: z.record(z.string(), z.number().int()),
  submittedAt: z.string(),
  /** The published text the chat was played and scored on; null for a bundled scenario. */
  scenarioHash: ScenarioHashSchema.nullable(),
});
/** joined: no chat yet; playing: a chat started and not submitted (recently); submitted: a scored chat and none open. */
export const TraineeStatusSchema = z.enum(['joined', 'playing', 'submitted']);
export type TraineeStatus = z.infer<typeof TraineeStatusSchema>;
/** The mean score of each dimension over the class's scored sessions, in the engine's dimension order. */
export const ClassAveragesSchema = z.object({
  sessions: z.number().int(),
  total: z.number().nullable(),
  dimensions: z.array(z.object({ dimension: DimensionSchema, average: z.number().nullable() })),
});
export type ClassAverages = z.infer<typeof ClassAveragesSchema>;
/** A rule the class breaks most often, with one instance of it to discuss. */
export const CommonFindingSchema = z.object({
  rule: z.string(),
  dimension: DimensionSchema,
  /** How many times it was found, in how many sessions, by how many trainees. */
  count: z.number().int(),
  sessions: z.number().int(),
  trainees: z.number().int(),
  example: z.object({
    submissionId: z.string(),
    nickname: z.string(),
    scenario: z.string(),
    explanation: z.string(),
    /** The words that triggered it, or the start of the message it is about; null for the chat as a whole. */
    excerpt: z.string().nullable(),
  }),
});
export type CommonFinding = z.infer<typeof CommonFindingSchema>;
export const TrainerClassSchema = z.object({
  classId: z.string(),
  class: ClassInfoSchema,
  profanityFilter: z.boolean(),
  trainees: z.array(
    z.object({
      traineeId: z.string(),
      nickname: z.string(),
      joinedAt: z.string(),
      status: TraineeStatusSchema,
      perScenario: z.record(z.string(), z.object({ best: z.number().int(), attempts: z.number().int() })),
    }),
  ),
  submissions: z.array(TrainerSubmissionSchema),
  averages: ClassAveragesSchema,
  /** At most five, most frequent first. */
  commonFindings: z.array(CommonFindingSchema),
  /** Removed trainees, whom the trainer can readmit; removedAt is null for those removed before it was recorded. */
  removed: z.array(z.object({ traineeId: z.string(), nickname: z.string(), removedAt: z.string().nullable() })),
  /** Every revision published to the class, newest first. */
  published: z.array(PublishedRevisionSchema),
});
export type TrainerClass = z.infer<typeof TrainerClassSchema>;
export const UpdateClassRequestSchema = z
  .object({
    locked: z.boolean().optional(),
    profanityFilter: z.boolean().optional(),
    opensAt: z.iso.datetime({ offset: true }).nullable().optional(),
    closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
export const RenameTraineeRequestSchema = z.object({ nickname: z.string().max(200) }).strict();

/** Every error response: a stable code and a sentence for people. */
export const ApiErrorSchema = z.object({ error: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiErrorSchema>;
