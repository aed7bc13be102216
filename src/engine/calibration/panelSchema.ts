import { z } from 'zod';
import { OutcomeSchema, ReplySchema } from '../scenario/scenarioSchema.ts';
import { DIMENSIONS } from '../scoring/dimensions/index.ts';
import { describeIssues } from '../scenario/describeIssue.ts';
import { sortProblems, type Problem } from '../scenario/problem.ts';
import { parseYamlSource } from '../scenario/yamlSource.ts';

/** A grade on the engine's scale: 0 to 100, not necessarily whole (the expert grade is a mean of graders). */
const GradeSchema = z.number().min(0).max(100);

export const PanelGradeSchema = z
  .object({
    total: GradeSchema,
    outcome: OutcomeSchema,
    dimensions: z.partialRecord(z.enum(DIMENSIONS), GradeSchema).optional().meta({ description: 'Only the dimensions graded; a missing one is left out of that dimension’s error.' }),
  })
  .strict();
export type PanelGrade = z.infer<typeof PanelGradeSchema>;

/** One graded conversation of a calibration panel (calibration/README.md). */
export const PanelConversationSchema = z
  .object({
    scenario: z.string().min(1).meta({ description: 'The id of the scenario it was played on.' }),
    seed: z.number().int().min(0).max(0xffffffff),
    split: z.enum(['tune', 'held-out']).optional().meta({ description: 'tune: rules may be tuned on it; held-out: only measured.' }),
    played: z.string().optional().meta({ description: 'What the player meant to play (the graders never saw it).' }),
    replies: z.array(ReplySchema).max(500),
    expert: PanelGradeSchema.meta({ description: 'The reference grade: the mean of the graders’ grades, the worse outcome when they differ.' }),
    graders: z.array(PanelGradeSchema.extend({ notes: z.string().optional() }).strict()).optional(),
    transcript: z
      .array(z.object({ from: z.enum(['customer', 'agent', 'onlooker']), text: z.string() }).strict())
      .max(2000)
      .optional()
      .meta({ description: 'The chat as played and graded. When the engine now writes other customer lines for the same replies, the conversation has drifted from its grades.' }),
    notes: z.string().optional(),
  })
  .strict();
export type PanelConversation = z.infer<typeof PanelConversationSchema>;
export type PanelSplit = NonNullable<PanelConversation['split']>;

const SHAPE_HINT = ' (a panel conversation looks like {"scenario": "rc-auto-renewal", "seed": 1, "replies": [{"delay": 3, "text": "Buongiorno..."}], "expert": {"total": 86, "outcome": "resolved"}})';

/** Reads one panel conversation, JSON or YAML (JSON is read as YAML, so its errors get a line and column). */
export function loadPanelConversation(text: string, file: string): { ok: true; value: PanelConversation } | { ok: false; problems: Problem[] } {
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) return { ok: false, problems: source.problems };
  const parsed = PanelConversationSchema.safeParse(source.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = describeIssues(parsed.error.issues, [], source.value).map((issue) => {
    const { line, column } = source.locate(issue.path, issue.key);
    const where = issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    const hint = issue.path.length === 0 && !issue.key ? SHAPE_HINT : '';
    return { file, line, column, message: `${issue.message}${where}${hint}` };
  });
  return { ok: false, problems: sortProblems(problems) };
}
