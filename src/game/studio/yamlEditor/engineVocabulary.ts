import { LOCALES } from '../../../engine/index.ts';
import { BUILT_IN_INTENTS, REPLY_SIGNALS } from '../../../engine/index.ts';
import { AVATARS } from '../../avatars/avatars.ts';

/** What the engine and the game's assets name, which any scenario may refer to. */
export interface EngineVocabulary {
  builtInIntents: readonly string[];
  /** Facts of a reply a transition can react to like intents (`repeated`, `asked-again`, `any`…). */
  signals: readonly string[];
  avatars: readonly string[];
  /** The ids of the engine's own findings, for a test's `findings:` and `noFindings:`. */
  rules: readonly string[];
}

/**
 * A follow-up's finding takes its texts from the scenario's expectation, so it has no entry in the
 * rule texts: scoreExhaustiveness names it.
 */
const FOLLOW_UP_RULE = 'exhaustiveness.follow-up';

const localeOf = (code: string | undefined) => LOCALES.find((locale) => locale.code === code);

/** A rule with a text to explain it is a finding; `#informal` variants and plain words are not. */
function ruleIds(): string[] {
  const ids = new Set<string>([FOLLOW_UP_RULE]);
  for (const locale of LOCALES) {
    for (const [key, entry] of Object.entries(locale.ruleTexts)) if (typeof entry === 'object' && 'explain' in entry && !key.includes('#')) ids.add(key);
  }
  return [...ids].sort();
}

export const ENGINE_VOCABULARY: EngineVocabulary = {
  builtInIntents: BUILT_IN_INTENTS,
  signals: REPLY_SIGNALS,
  avatars: AVATARS,
  rules: ruleIds(),
};

/** A few of the phrases that make a reply express a built-in intent, in the scenario's language. */
export function builtInIntentCues(intent: string, scenarioLocale: string | undefined, count = 4): string[] {
  const locale = localeOf(scenarioLocale) ?? LOCALES[0];
  const cues: unknown = (locale.data.intents as Record<string, unknown>)[intent];
  return Array.isArray(cues) ? cues.filter((cue): cue is string => typeof cue === 'string').slice(0, count) : [];
}

/** What an engine rule checks, in the trainer's language, its placeholders left as written. */
export function ruleExplanation(rule: string, studioLocale: string): string | undefined {
  const entry = (localeOf(studioLocale) ?? LOCALES[0]).ruleTexts[rule];
  return typeof entry === 'object' && 'explain' in entry ? entry.explain : undefined;
}
