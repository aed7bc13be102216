import { z } from 'zod';
import { PHASES, type Phase } from '../scenario/phases.ts';
import { DimensionSchema, OutcomeSchema } from '../scenario/scenarioSchema.ts';

/** The score report: what the CLI prints, the debrief shows and the server stores. */

export const SeveritySchema = z.enum(['info', 'minor', 'major', 'critical']);
export type Severity = z.infer<typeof SeveritySchema>;

export const PhaseSchema = z.enum(PHASES);
export type { Phase };

export const FindingSchema = z.object({
  rule: z.string().meta({ description: 'Dimension and rule, e.g. "greeting.salutation".' }),
  dimension: DimensionSchema,
  message: z.number().int().nullable().meta({ description: 'Index in the transcript of the message it is about; null when about the chat as a whole.' }),
  severity: SeveritySchema,
  points: z.number().meta({ description: 'Points of its dimension this finding costs.' }),
  explanation: z.string(),
  better: z.string().optional().meta({ description: 'A better phrasing.' }),
  excerpt: z.string().optional().meta({ description: 'The words in the message that triggered it.' }),
});
export type Finding = z.infer<typeof FindingSchema>;

export const DimensionReportSchema = z.object({
  score: z.number().int().min(0).max(100),
  weight: z.number(),
  findings: z.number().int().meta({ description: 'How many findings cost points in this dimension.' }),
});

export const ResponseSchema = z.object({
  message: z.number().int().nullable().meta({ description: 'The agent message that responded; null when the customer was left waiting.' }),
  waitedFrom: z.number().int().nullable().meta({ description: "The message that started the wait: a customer message, or the agent's announced hold; null for the opening of the chat." }),
  seconds: z.number(),
  kind: z.enum(['first', 'next', 'after-hold', 'unanswered']),
  score: z.number(),
});
export type Response = z.infer<typeof ResponseSchema>;

export const TranscriptEntrySchema = z.object({
  from: z.enum(['customer', 'agent', 'onlooker']),
  at: z.number().meta({ description: 'Seconds since the chat opened.' }),
  text: z.string(),
  name: z.string().optional(),
  phase: PhaseSchema,
});

export const ReportSchema = z.object({
  scenario: z.string(),
  version: z.string(),
  seed: z.number().int(),
  locale: z.enum(['it', 'en']),
  outcome: OutcomeSchema,
  total: z.number().int().min(0).max(100),
  dimensions: z.object({
    greeting: DimensionReportSchema,
    register: DimensionReportSchema.extend({ judged: z.enum(['formal', 'informal', 'mixed', 'unknown']), target: z.enum(['formal', 'informal']) }),
    exhaustiveness: DimensionReportSchema.extend({
      expectations: z.array(z.object({ id: z.string(), state: z.string(), status: z.enum(['unprompted', 'after-follow-up', 'missed']) })),
    }),
    responseTime: DimensionReportSchema.extend({
      excellent: z.number().meta({ description: 'Seconds up to which a response is excellent, in this scenario.' }),
      acceptable: z.number().meta({ description: 'Seconds beyond which a response costs most, in this scenario.' }),
      median: z.number().nullable(),
      worst: z.number().nullable(),
      first: z.number().nullable(),
      responses: z.array(ResponseSchema),
    }),
    closure: DimensionReportSchema,
  }),
  findings: z.array(FindingSchema),
  phases: z.object({
    opening: z.object({ messages: z.array(z.number().int()), findings: z.array(z.number().int()) }),
    handling: z.object({ messages: z.array(z.number().int()), findings: z.array(z.number().int()) }),
    closing: z.object({ messages: z.array(z.number().int()), findings: z.array(z.number().int()) }),
  }),
  mood: z.object({ start: z.number().int(), end: z.number().int() }),
  duration: z.number().meta({ description: 'Seconds from the opening of the chat to its last message.' }),
  transcript: z.array(TranscriptEntrySchema),
});
export type Report = z.infer<typeof ReportSchema>;
