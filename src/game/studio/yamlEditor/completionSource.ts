import type { Completion as EditorCompletion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { StudioLocale } from '../studioPart.ts';
import { completeAt, type Candidate, type CandidateSource } from './completeAt.ts';
import { builtInIntentCues, ENGINE_VOCABULARY, ruleExplanation } from './engineVocabulary.ts';
import { SCENARIO_JSON_SCHEMA } from './scenarioJsonSchema.ts';
import { texts } from './texts.ts';

/** The file's own names first: an author mostly refers to what they wrote. */
const BOOST: Partial<Record<CandidateSource, number>> = { intent: 2, state: 2, fact: 2, 'scenario-rule': 2, signal: -1 };

/** Typing a space or a bracket after these opens the list unasked: a value or an item is due. */
const VALUE_DUE = /(?:[:[{,]|^\s*-)\s*$/;

/**
 * CodeMirror's side of completion: the candidates of `completeAt`, labelled in the trainer's language,
 * with what a built-in intent sounds like or what a rule checks as their info.
 */
export function scenarioCompletionSource(locale: () => StudioLocale) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/[\w.@-]*/);
    const line = context.state.doc.lineAt(context.pos);
    const lineBefore = line.text.slice(0, context.pos - line.from);
    if (!context.explicit && (!word || word.from === word.to) && !VALUE_DUE.test(lineBefore)) return null;
    const text = context.state.doc.toString();
    const completion = completeAt(text, context.pos, SCENARIO_JSON_SCHEMA, ENGINE_VOCABULARY);
    if (!completion || completion.candidates.length === 0) return null;
    const scenarioLocale = completion.names.locale;
    return {
      from: completion.from,
      to: completion.to,
      options: completion.candidates.map((candidate) => toEditorCompletion(candidate, locale(), scenarioLocale)),
      validFor: /^[\w.@-]*$/,
    };
  };
}

function toEditorCompletion(candidate: Candidate, locale: StudioLocale, scenarioLocale: string | undefined): EditorCompletion {
  const words = texts[locale];
  const info = infoOf(candidate, locale, scenarioLocale);
  return {
    label: candidate.label,
    apply: candidate.apply,
    detail: words.sources[candidate.source],
    boost: BOOST[candidate.source] ?? 0,
    // A plain string: CodeMirror shows it as text, so nothing in a description becomes markup.
    ...(info ? { info } : {}),
  };
}

function infoOf(candidate: Candidate, locale: StudioLocale, scenarioLocale: string | undefined): string | undefined {
  if (candidate.source === 'built-in-intent') {
    const cues = builtInIntentCues(candidate.label, scenarioLocale);
    return cues.length > 0 ? `${texts[locale].cuesIntro} ${cues.map((cue) => `“${cue}”`).join(', ')}` : undefined;
  }
  if (candidate.source === 'rule') return ruleExplanation(candidate.label, locale);
  return candidate.description;
}
