import type { GuardSummary, Trigger } from './graphModel.ts';
import { fillText, type GraphTexts } from './texts.ts';

/** What sets an edge off, in a few words: `greeting | offer-help · se noti name`, `silenzio 30 s`. */
export function triggerLabel(trigger: Trigger, texts: GraphTexts): string {
  if (trigger.kind === 'silence') return silenceLabel(trigger.seconds, texts);
  const intents = intentsLabel(trigger.intents, texts);
  return trigger.guard ? `${intents} · ${guardLabel(trigger.guard, texts)}` : intents;
}

/** The same on separate lines for the drawing's narrow labels: the guard after its intents, marked as belonging to them. */
export function triggerLines(trigger: Trigger, texts: GraphTexts): string[] {
  if (trigger.kind === 'silence') return [silenceLabel(trigger.seconds, texts)];
  const intents = intentsLabel(trigger.intents, texts);
  return trigger.guard ? [intents, `${GUARD_MARK} ${guardLabel(trigger.guard, texts)}`] : [intents];
}

const GUARD_MARK = '↳';
const silenceLabel = (seconds: number | undefined, texts: GraphTexts) => (seconds === undefined ? texts.silenceUntimed : fillText(texts.silence, { seconds }));
const intentsLabel = (intents: readonly string[], texts: GraphTexts) => (intents.length > 0 ? intents.join(' | ') : texts.noIntent);

function guardLabel(guard: GuardSummary, texts: GraphTexts): string {
  const conditions = [
    guard.facts.length > 0 ? fillText(texts.guardFacts, { facts: guard.facts.join(', ') }) : undefined,
    guard.missing.length > 0 ? fillText(texts.guardMissing, { facts: guard.missing.join(', ') }) : undefined,
    guard.moodBelow !== undefined ? fillText(texts.guardMoodBelow, { mood: guard.moodBelow }) : undefined,
    guard.moodAtLeast !== undefined ? fillText(texts.guardMoodAtLeast, { mood: guard.moodAtLeast }) : undefined,
  ].filter((condition) => condition !== undefined);
  return fillText(texts.guard, { conditions: conditions.join(', ') });
}
