import type { GuardSummary, Trigger } from './graphModel.ts';
import { fillText, type GraphTexts } from './texts.ts';

/** What sets an edge off, in a few words: `greeting | offer-help · se noti name`, `silenzio 30 s`. */
export function triggerLabel(trigger: Trigger, texts: GraphTexts): string {
  if (trigger.kind === 'silence') return trigger.seconds === undefined ? texts.silenceUntimed : fillText(texts.silence, { seconds: trigger.seconds });
  const intents = trigger.intents.length > 0 ? trigger.intents.join(' | ') : texts.noIntent;
  return trigger.guard ? `${intents} · ${guardLabel(trigger.guard, texts)}` : intents;
}

function guardLabel(guard: GuardSummary, texts: GraphTexts): string {
  const conditions = [
    guard.facts.length > 0 ? fillText(texts.guardFacts, { facts: guard.facts.join(', ') }) : undefined,
    guard.missing.length > 0 ? fillText(texts.guardMissing, { facts: guard.missing.join(', ') }) : undefined,
    guard.moodBelow !== undefined ? fillText(texts.guardMoodBelow, { mood: guard.moodBelow }) : undefined,
    guard.moodAtLeast !== undefined ? fillText(texts.guardMoodAtLeast, { mood: guard.moodAtLeast }) : undefined,
  ].filter((condition) => condition !== undefined);
  return fillText(texts.guard, { conditions: conditions.join(', ') });
}
