import { z } from 'zod';
import { ConsoleSchema } from '../console/consoleSchema.ts';
import { MAX_REPLY_LENGTH } from '../session/replyLimit.ts';
import { CHANNEL_IDS } from './channels.ts';
import { PHASES } from './phases.ts';
import { ENTITY_TYPES } from '../analysis/entities/entity.ts';
import { DIMENSIONS } from '../scoring/dimensions/index.ts';
import { LOCALE_CODES } from '../language/locales.ts';

/**
 * The scenario format, one zod schema per concept. Types are inferred from these schemas and the
 * editors' JSON Schema is generated from them (`npm run schema`), so there is one source of truth.
 */

/** Names of states, intents, lists, facts: readable, and never a prototype key such as `__proto__`. */
export const NameSchema = z.string().regex(/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/, 'a name in lower case, letters and digits joined by - or _ (e.g. "payment-options")');

export const OutcomeSchema = z.enum(['resolved', 'abandoned', 'escalated', 'unresolved']).meta({ description: 'How the chat ends for the customer.' });
export type Outcome = z.infer<typeof OutcomeSchema>;

export const DimensionSchema = z.enum(DIMENSIONS);

const seconds = z.number().positive().max(3600);
const moodDelta = z.number().int().min(-10).max(10).meta({ description: "Change of the customer's mood, e.g. -1 or 2." });

export const LineSchema = z.union([
  z.string().min(1).max(2000),
  z
    .object({
      text: z.string().min(1).max(2000),
      by: z.string().min(1).max(60).meta({ description: 'An onlooker who writes this line in a public thread, e.g. "Marco B."' }),
    })
    .strict(),
]);
export type Line = z.infer<typeof LineSchema>;

const variants = z.array(LineSchema).min(1);
/**
 * What the customer says: one message, several messages in a row (a list), or one of several
 * variants chosen as in ink and Yarn Spinner: in turn (cycle), at random with the session's seed
 * (shuffle), each once then nothing (once), or in order then the last one again (sequence).
 */
export const LinesSchema = z
  .union(
    [
      LineSchema,
      z.array(LineSchema).min(1),
      z.object({ cycle: variants }).strict(),
      z.object({ shuffle: variants }).strict(),
      z.object({ once: variants }).strict(),
      z.object({ sequence: variants }).strict(),
    ],
    { error: 'expected a line of text, a list of lines, or {cycle|shuffle|once|sequence: [lines]}' },
  )
  .meta({ description: 'A message, a list of messages sent one after the other, or {cycle|shuffle|once|sequence: [variants]}.' });
export type Lines = z.infer<typeof LinesSchema>;

const intentRefs = z.union([NameSchema, z.array(NameSchema).min(1)], { error: 'expected an intent name or a list of intent names' }).meta({
  description:
    'An intent (or a list: any of them): a built-in one (greeting, apology, hold, closing-announce, ...), one of the scenario\'s intents, a signal (repeated, asked-again, informal, unprofessional) or "any".',
});

export const GuardSchema = z
  .object({
    facts: z.array(NameSchema).min(1).optional().meta({ description: 'All these facts are known.' }),
    missing: z.array(NameSchema).min(1).optional().meta({ description: 'None of these facts is known.' }),
    mood: z.object({ below: z.number().int().optional(), atLeast: z.number().int().optional() }).strict().optional().meta({ description: "The customer's mood is below / at least this value." }),
  })
  .strict();
export type Guard = z.infer<typeof GuardSchema>;

/** What a transition or a timer does: say, change mood, learn facts, move on or end the chat. */
const effectShape = {
  say: LinesSchema.optional(),
  mood: moodDelta.optional(),
  set: z.array(NameSchema).min(1).optional().meta({ description: 'Facts that become known (the customer has just said them).' }),
  goto: NameSchema.optional().meta({ description: 'The next state. Without goto or outcome the customer stays in this state.' }),
  outcome: OutcomeSchema.optional().meta({ description: 'Ends the chat with this outcome.' }),
};

const oneWayOut = (value: { goto?: string | undefined; outcome?: string | undefined }) => !(value.goto && value.outcome);
const oneWayOutMessage = { message: 'give either goto or outcome, not both' };

export const TransitionSchema = z
  .object({
    when: intentRefs,
    if: GuardSchema.optional(),
    ...effectShape,
  })
  .strict()
  .refine(oneWayOut, oneWayOutMessage);
export type Transition = z.infer<typeof TransitionSchema>;

export const SilenceStepSchema = z
  .object({
    after: seconds.meta({ description: 'Seconds of silence (since the last message, or the previous step) before this happens.' }),
    ...effectShape,
  })
  .strict()
  .refine(oneWayOut, oneWayOutMessage);
export type SilenceStep = z.infer<typeof SilenceStepSchema>;

export const ExpectationSchema = z
  .object({
    id: NameSchema,
    intent: intentRefs.meta({ description: 'What the agent must say unprompted in this state (any of these intents).' }),
    due: intentRefs.optional().meta({ description: 'The reply that makes it due (default: the reply that moves the customer to another state).' }),
    followUp: LinesSchema.meta({ description: 'The question the customer asks when it is missing.' }),
    mood: moodDelta.optional(),
    points: z.number().int().min(1).max(100).default(20).meta({ description: 'Points of exhaustiveness lost when the follow-up is needed.' }),
    explain: z.string().min(1).meta({ description: 'Why it matters, shown in the debrief.' }),
    better: z.string().min(1).meta({ description: 'A better reply that says it unprompted.' }),
  })
  .strict();
export type Expectation = z.infer<typeof ExpectationSchema>;

export const StateSchema = z
  .object({
    say: LinesSchema.optional().meta({ description: 'What the customer says on entering the state.' }),
    phase: z.enum(PHASES).optional(),
    outcome: OutcomeSchema.optional().meta({ description: 'Makes this state terminal: the chat ends here.' }),
    on: z.array(TransitionSchema).optional().meta({ description: "Reactions to the agent's reply, tried in order; the first that matches is taken." }),
    otherwise: z.object({ say: LinesSchema.optional(), mood: moodDelta.optional() }).strict().optional().meta({ description: 'What the customer does when no reaction matches the reply.' }),
    silence: z.array(SilenceStepSchema).optional().meta({ description: 'What happens while the agent is silent: nudges, then leaving. Replaces defaults.silence; [] for none.' }),
    expect: z.array(ExpectationSchema).optional(),
  })
  .strict();
export type State = z.infer<typeof StateSchema>;

export const IntentSchema = z
  .object({
    examples: z.array(z.string().min(1)).default([]).meta({ description: 'Replies that express the intent.' }),
    keywords: z.array(z.string().min(1)).default([]).meta({ description: 'Words or phrases that express it; "@list" includes a named list.' }),
    entities: z
      .array(
        z.union([
          z.enum(ENTITY_TYPES),
          z.object({ type: z.enum(ENTITY_TYPES), value: z.string().min(1).meta({ description: "The entity's value, as the engine writes it: 'RS-30418', '09:00-13:00', '+1d'." }) }).strict(),
        ]),
      )
      .default([])
      .meta({ description: "Things a sentence may state to express it, whatever the words: an entity type ('time-window', 'date', 'reference', 'duration', 'amount'…), or a type and its value." }),
    act: z.enum(['request']).optional().meta({
      description:
        "What the sentence must do for the intent to count. 'request': only a sentence that asks the customer for something (a question, 'mi scriva il numero'), never one that tells them not to ('non mi scriva il numero della carta').",
    }),
  })
  .strict()
  .refine((intent) => intent.examples.length + intent.keywords.length + intent.entities.length > 0, { message: 'give at least one example, keyword or entity' });
export type Intent = z.infer<typeof IntentSchema>;

export const FactSchema = z
  .object({
    known: z.enum(['customer', 'company', 'no']).default('no').meta({ description: 'Who already knows it at the start: the customer said it, the company has it, or nobody yet.' }),
    value: z.string().optional(),
    keywords: z.array(z.string().min(1)).default([]).meta({ description: 'Words that name it, so that asking for it again is detected.' }),
  })
  .strict();
export type Fact = z.infer<typeof FactSchema>;

const ruleText = {
  explain: z.string().min(1),
  better: z.string().min(1),
  points: z.number().int().min(1).max(100).default(15),
  cap: z.number().int().min(0).max(100).optional().meta({ description: 'A grave failure: the highest total a chat that breaks this rule can get (seeds: forbidden data, false statements).' }),
};

export const PolicySchema = z
  .object({
    forbidden: z
      .array(
        z
          .object({
            id: NameSchema,
            intent: intentRefs.optional(),
            keywords: z.array(z.string().min(1)).optional(),
            dimension: DimensionSchema.default('register'),
            unsettles: z.boolean().default(false).meta({
              description:
                'The customer who believes it leaves with the need unmet: a chat that ends resolved after it is reported unresolved (a refund promised that only the returns office can grant).',
            }),
            ...ruleText,
          })
          .strict()
          .refine((rule) => rule.intent || rule.keywords, { message: 'give intent or keywords' }),
      )
      .default([]),
    required: z.array(z.object({ id: NameSchema, intent: intentRefs, dimension: DimensionSchema.default('exhaustiveness'), ...ruleText }).strict()).default([]),
    contradictions: z.array(z.object({ id: NameSchema, first: intentRefs, then: intentRefs, ...ruleText }).strict()).default([]),
  })
  .strict();
export type Policy = z.infer<typeof PolicySchema>;

/** Response-time marks in seconds when a scenario sets none: seed 001 (under 10 s good, past 30 s harm). */
export const DEFAULT_RESPONSE_TIME = { excellent: 10, acceptable: 30, hold: 120 } as const;

export const ResponseTimeThresholdsSchema = z
  .object({
    excellent: seconds.default(DEFAULT_RESPONSE_TIME.excellent).meta({ description: 'Up to this many seconds a response is excellent (seed 001: under 10 s).' }),
    acceptable: seconds.default(DEFAULT_RESPONSE_TIME.acceptable).meta({ description: 'Beyond this, satisfaction and abandonment suffer (seed 001: 30 s).' }),
    hold: seconds.default(DEFAULT_RESPONSE_TIME.hold).meta({ description: 'The longest acceptable wait after an announced hold.' }),
  })
  .strict()
  .refine((t) => t.excellent < t.acceptable, { message: 'excellent must be less than acceptable' });

export const ScoringSchema = z
  .object({
    weights: z.partialRecord(DimensionSchema, z.number().min(0).max(100)).default({}),
    responseTime: ResponseTimeThresholdsSchema.default(() => ({ ...DEFAULT_RESPONSE_TIME })),
  })
  .strict();
export type Scoring = z.infer<typeof ScoringSchema>;

export const ReplySchema = z
  .object({
    delay: z.number().min(0).max(3600).meta({ description: 'Seconds since the previous message in the chat (either side).' }),
    text: z.string().max(MAX_REPLY_LENGTH, `a reply has at most ${MAX_REPLY_LENGTH} characters`),
    typing: z
      .number()
      .min(0)
      .max(3600)
      .optional()
      .meta({ description: "Seconds spent typing the reply before sending it, as the game tells the session: meanwhile the customer sees 'sta scrivendo' and does not nudge." }),
    after: z.number().int().min(0).max(10000).optional().meta({
      description:
        'The reply answers the first this many messages of the chat: lines the customer is still typing show before it, and its delay counts from the last of them (the studio writes it where a quick reply would otherwise come first).',
    }),
  })
  .strict();
export type Reply = z.infer<typeof ReplySchema>;

const bounds = z.object({ min: z.number().min(0).max(100).optional(), max: z.number().min(0).max(100).optional() }).strict();

/** A grade or score on the engine's scale. */
const score = z.number().min(0).max(100);

export const TestStartSchema = z
  .object({
    state: NameSchema,
    facts: z.array(NameSchema).default([]).meta({ description: 'The facts known when the chat opens (all others unknown).' }),
    mood: z.number().int().min(-5).max(5).default(0),
  })
  .strict()
  .meta({ description: 'Opens the conversation in this state rather than at the start, as a playtest can.' });

export const BlessedResultSchema = z
  .object({
    outcome: OutcomeSchema,
    total: score,
    dimensions: z.partialRecord(DimensionSchema, score).default({}),
    customer: z.array(z.string()).default([]).meta({ description: "The customer's (and onlookers') lines, in order." }),
  })
  .strict()
  .meta({ description: 'The result the author accepted as right: after an edit, the studio shows how the conversation now differs from it.' });
export type BlessedResult = z.infer<typeof BlessedResultSchema>;

export const TestGradeSchema = z
  .object({
    total: score.meta({ description: "The expert's total, 0 to 100, given without seeing the engine's score." }),
    dimensions: z.partialRecord(DimensionSchema, score).optional().meta({ description: 'Only the dimensions graded.' }),
  })
  .strict()
  .meta({ description: "An expert's grade of this conversation, for calibration." });
export type TestGrade = z.infer<typeof TestGradeSchema>;

export const ScenarioTestSchema = z
  .object({
    name: z.string().min(1),
    seed: z.number().int().min(0).default(1),
    replies: z.array(ReplySchema),
    expect: z
      .object({
        outcome: OutcomeSchema.optional(),
        total: bounds.optional(),
        dimensions: z.partialRecord(DimensionSchema, bounds).optional(),
        findings: z.array(z.string().min(1)).optional().meta({ description: 'Rule ids that must be among the findings.' }),
        noFindings: z.array(z.string().min(1)).optional().meta({ description: 'Rule ids that must not be among the findings.' }),
        customerSays: z.array(z.string().min(1)).optional().meta({ description: 'Texts (or parts) the customer must say.' }),
      })
      .strict(),
    start: TestStartSchema.optional(),
    blessed: BlessedResultSchema.optional(),
    grade: TestGradeSchema.optional(),
  })
  .strict();
export type ScenarioTest = z.infer<typeof ScenarioTestSchema>;

export const CustomerSchema = z
  .object({
    name: z.string().min(1),
    avatar: z.string().min(1).default('neutral'),
    mood: z.number().int().min(-5).max(5).default(0).meta({ description: 'From -5 (furious) to 5 (delighted).' }),
    patience: seconds.default(60).meta({ description: 'How long the customer waits in silence before leaving, in seconds.' }),
    knownName: z.boolean().default(false).meta({ description: "The agent knows the customer's name from the start (e.g. an appointment)." }),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    id: NameSchema,
    locale: z.enum(LOCALE_CODES),
    title: z.string().min(1),
    channel: z.enum(CHANNEL_IDS),
    difficulty: z.number().int().min(1).max(5),
    brief: z.string().min(1).meta({ description: 'What the trainee reads before the chat.' }),
    register: z.enum(['formal', 'informal']).default('formal').meta({ description: 'How the agent must address the customer: formal (Lei) by default, informal (tu) where the brand uses it.' }),
    company: z.string().min(1),
    agent: z.string().min(1).meta({ description: 'The name the trainee plays under.' }),
    complaint: z.boolean().default(false).meta({ description: 'The customer is complaining: empathy is expected, cheer is tone-deaf.' }),
    jargon: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: "Terms of the company's trade its customers do not know (an internal system, a technical part): jargon in a reply, beside the language's own list." }),
    customer: CustomerSchema,
    start: NameSchema.optional().meta({ description: 'The first state (default: the first one listed).' }),
    lists: z.record(NameSchema, z.array(z.string().min(1)).min(1)).default({}),
    intents: z.record(NameSchema, IntentSchema).default({}),
    facts: z.record(NameSchema, FactSchema).default({}),
    defaults: z
      .object({ silence: z.array(SilenceStepSchema).default([]) })
      .strict()
      .default({ silence: [] }),
    anytime: z.array(TransitionSchema).default([]).meta({ description: "Reactions tried in every state before the state's own." }),
    states: z.record(NameSchema, StateSchema).refine((states) => Object.keys(states).length > 0, { message: 'give at least one state' }),
    policy: PolicySchema.default({ forbidden: [], required: [], contradictions: [] }),
    scoring: ScoringSchema.default(() => ({ weights: {}, responseTime: { ...DEFAULT_RESPONSE_TIME } })),
    console: ConsoleSchema.default({ record: [], canned: [] }).meta({ description: "The agent's console beside the chat: the customer's record and canned replies." }),
    tests: z.array(ScenarioTestSchema).default([]),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;
