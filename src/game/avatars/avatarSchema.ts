import { z } from 'zod';
import type { MoodFace } from '../play/moodFace.ts';

/** A colour as written in the data, '#rrggbb'. */
const colour = z.string().regex(/^#[0-9a-f]{6}$/i);

/** One customer's look: what stays the same whatever the mood. */
export const Look = z.strictObject({
  face: z.enum(['round', 'oval', 'square', 'heart', 'long']),
  skin: colour,
  hair: z.strictObject({ style: z.enum(['crop', 'side-part', 'receding', 'bald', 'long', 'bob', 'bun', 'curly']), colour }),
  brows: z.strictObject({ colour, weight: z.number().min(2).max(8) }),
  eyes: colour,
  glasses: z.strictObject({ shape: z.enum(['round', 'square']), colour }).optional(),
  beard: z.strictObject({ style: z.enum(['stubble', 'moustache', 'goatee', 'full']), colour }).optional(),
  earrings: colour.optional(),
  clothing: z.strictObject({ colour, neckline: z.enum(['crew', 'collar', 'v']) }),
  /** 0 none, 1 smile lines, 2 smile and forehead lines. */
  lines: z.number().int().min(0).max(2).default(0),
});
export type Look = z.infer<typeof Look>;

/** What one mood does to any face. */
export const Expression = z.strictObject({
  /** Degrees; positive lowers the inner ends (a scowl), negative raises them. */
  browTilt: z.number().min(-30).max(40),
  /** Pixels the brows rise above their rest. */
  browLift: z.number().min(-10).max(12),
  /** 1 wide open, down to a slit; a crescent is a smiling closed eye. */
  eyeOpen: z.number().min(0.2).max(1.2),
  /** Pixels the upper lid slants down towards the nose: a glare. */
  eyeLid: z.number().min(0).max(10),
  eyeCrescent: z.boolean().default(false),
  /** -1 a deep frown, 1 a broad smile. */
  mouthCurve: z.number().min(-1).max(1),
  mouthWidth: z.number().min(8).max(30),
  /** 0 closed, 1 wide open. */
  mouthOpen: z.number().min(0).max(1),
  teeth: z.enum(['none', 'top', 'clenched']).default('none'),
  /** Pixels one corner sits higher than the other: a lopsided mouth. */
  mouthSkew: z.number().min(-8).max(8).default(0),
  /** How much of this colour the whole face takes on (a red face when furious). */
  flush: z.strictObject({ colour, amount: z.number().min(0).max(1) }).optional(),
  cheeks: z.strictObject({ colour, alpha: z.number().min(0).max(1) }).optional(),
});
export type Expression = z.infer<typeof Expression>;

/** Every face moodFace() gives, from the worst mood to the best. */
export const MOOD_FACES = ['furious', 'angry', 'annoyed', 'neutral', 'pleased', 'happy'] as const satisfies readonly MoodFace[];

/** assets/avatars/avatars.json: every customer's look, and every mood's expression. */
export const AvatarBook = z.strictObject({
  looks: z.record(z.string().min(1), Look).refine((looks) => 'neutral' in looks, 'the fallback look "neutral" is missing'),
  moods: z.strictObject(Object.fromEntries(MOOD_FACES.map((mood) => [mood, Expression])) as Record<MoodFace, typeof Expression>),
});
export type AvatarBook = z.infer<typeof AvatarBook>;
