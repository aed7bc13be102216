import { z } from 'zod';
import { PHASES, type Phase } from '../scenario/phases.ts';
import { DimensionSchema, OutcomeSchema } from '../scenario/scenarioSchema.ts';
import { DIMENSION_REGISTRY } from './dimensions/index.ts';
import { LOCALE_CODES } from '../language/locales.ts';

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
  cap: z.number().int().min(0).max(100).optional().meta({ description: 'A grave failure (seeds): the highest total a chat with it can get.' }),
});
export type Finding = z.infer<typeof FindingSchema>;

export const DimensionReportSchema = z.object({
  score: z.number().int().min(0).max(100),
  weight: z.number(),
  findings: z.number().int().meta({ description: 'How many findings cost points in this dimension.' }),
});

export { ResponseSchema, type Response } from './dimensions/responseTime.ts';

type Registry = typeof DIMENSION_REGISTRY;
type DimensionsShape = { [D in Registry[number] as D['id']]: ReturnType<typeof DimensionReportSchema.extend<D['report']>> };
/** Each dimension's part of the report: score, weight, findings, and what its descriptor adds. */
const DimensionsReportSchema = z.object(Object.fromEntries(DIMENSION_REGISTRY.map((dimension) => [dimension.id, DimensionReportSchema.extend(dimension.report)])) as DimensionsShape);

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
  locale: z.enum(LOCALE_CODES),
  outcome: OutcomeSchema,
  total: z.number().int().min(0).max(100),
  totalFrom: z
    .object({
      weightedMean: z.number().meta({ description: "The dimensions' scores weighted by their weights." }),
      weakest: DimensionSchema.meta({ description: 'The dimension with the lowest score: a chat is judged by its worst part too.' }),
      weakestShare: z.number().meta({ description: "The weakest dimension's share of the total, beside the weighted mean." }),
      cappedBy: z.number().int().nullable().meta({ description: 'The finding whose cap set the total, if a grave failure did.' }),
    })
    .meta({ description: 'How the total was reached: (1 − weakestShare) × weightedMean + weakestShare × weakest score, then the lowest cap.' }),
  dimensions: DimensionsReportSchema,
  findings: z.array(FindingSchema),
  strengths: z
    .array(
      z.object({
        id: z.string().meta({ description: 'The check passed, e.g. "greeting", "reference".' }),
        message: z.number().int().nullable().meta({ description: 'The message that shows it; null when about the chat as a whole.' }),
        text: z.string().meta({ description: "What went well, in the scenario's language." }),
      }),
    )
    .meta({ description: 'What went well, beside the findings.' }),
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
