import { z } from 'zod';
import { PHASES } from '../scenario/phases.ts';

/**
 * A canned reply of the agent console: text the trainee can insert and edit. `{agent}`,
 * `{company}` and `{customer}` are filled in from the scenario.
 */
export const CannedReplySchema = z
  .object({
    label: z.string().min(1).meta({ description: 'The name on its button in the console.' }),
    text: z.string().min(1),
    phases: z
      .array(z.enum(PHASES))
      .min(1)
      .default([...PHASES])
      .meta({ description: 'The phases of the chat where it fits; sent unedited in another, it reads as a pasted stock answer (seed 002).' }),
    complaints: z.boolean().default(true).meta({ description: 'It fits an unhappy customer. A general stock answer (false) sent unedited to a complaint is tone-deaf (seed 002, contenuti stonati).' }),
  })
  .strict();
export type CannedReply = z.infer<typeof CannedReplySchema>;

/** A line of the customer's record in the console: a fact of the scenario, or a value written out. */
export const RecordLineSchema = z
  .object({
    label: z.string().min(1),
    fact: z.string().min(1).optional().meta({ description: 'A fact of the scenario whose value is shown (the fact must have a value).' }),
    value: z.string().min(1).optional(),
  })
  .strict()
  .refine((line) => (line.fact === undefined) !== (line.value === undefined), { message: 'give either fact or value' });
export type RecordLine = z.infer<typeof RecordLineSchema>;

/** What the agent's console shows beside the chat: the customer's record and the canned replies. */
export const ConsoleSchema = z
  .object({
    record: z.array(RecordLineSchema).default([]).meta({ description: "What the agent's system shows about the customer, beside the chat." }),
    canned: z.array(CannedReplySchema).default([]).meta({ description: "Canned replies of this scenario, offered after the language's own." }),
  })
  .strict();
