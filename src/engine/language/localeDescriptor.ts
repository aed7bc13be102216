import type { EntityData } from './entityDataSchema.ts';
import type { LanguageData } from './languageDataSchema.ts';
import type { Morphology } from '../morphology/morphology.ts';
import type { RegisterStrategy } from './registerStrategy.ts';

/** A rule's explanation and better phrasing, a plain word (labels), or a better phrasing alone (variants). */
export type RuleTextEntry = { explain: string; better: string } | { better: string } | string;

/**
 * One locale, everything the engine knows of it, from its folder `language/<code>/`: the language
 * data laid over the shared base, the texts of the scoring rules, and how it reads register.
 */
export interface LocaleDescriptor<Code extends string = string> {
  code: Code;
  /** The language's own name for itself, for pickers. */
  name: string;
  data: LanguageData;
  ruleTexts: Record<string, RuleTextEntry>;
  /** The words times, dates, durations, amounts and codes are stated with (`entityData.json`). */
  entities: EntityData;
  detectRegister: RegisterStrategy;
  /**
   * Words of the language taken as written, never as a typo of a cue word, beyond stop words and
   * number words: the verb forms and function words of its grammar. Built at first use.
   */
  knownWords(): Iterable<string>;
  /**
   * The locale's language pack (lemmas, spelling), too big for the first page load: `load` imports
   * it on demand (its own chunk in the browser). None for a locale without one. Load it through
   * prepareLocale, read it through morphologyOf.
   */
  morphology?: { load(): Promise<Morphology> };
}
