import { tokenize } from '../analysis/tokenize.ts';
import type { CompiledScenario } from '../compileScenario.ts';
import { getLanguageData } from '../language/locales.ts';
import { authorMessage, type AuthorLanguage } from '../scenario/authorMessages.ts';
import type { DescribedIssue } from '../scenario/describeIssue.ts';
import { explainReply, type MatchCue } from './explainReply.ts';

/**
 * What a scenario's own texts say about its intents, found by reading them as replies: an example
 * of one intent that another intent matches too (a reply like it counts as both), and a keyword or
 * example met in a sentence a negation governs ('non è previsto un rimborso' read as a promised
 * refund). Checked on the intents' examples and the test conversations' replies. Warnings only:
 * the scenario works, perhaps not as meant. Needs the locale's pack (prepareLocale) loaded.
 */
export function intentWarnings(compiled: CompiledScenario, language: AuthorLanguage): DescribedIssue[] {
  const { scenario } = compiled;
  const data = getLanguageData(scenario.locale);
  const negators = new Set(data.negators);
  const clauseOpeners = new Set(data.clauseOpeners);
  const issues: DescribedIssue[] = [];
  const cueName = (cue: MatchCue) => `${cue.kind} "${cue.text}"`;
  const negates = (text: string) => tokenize(text, data).tokens.some((token) => negators.has(token.norm));

  /** The negation before the cue in its clause, if any: the words a negation's scope did not reach, or a cue that ignores it. */
  const negationBefore = (text: string, cue: MatchCue) => {
    const tokens = tokenize(text, data).tokens;
    const first = tokens.findIndex((token) => token.end > cue.start);
    if (first < 0) return undefined;
    for (let i = first - 1; i >= 0; i--) {
      if (tokens[i + 1]!.clauseStart || clauseOpeners.has(tokens[i + 1]!.norm)) return undefined;
      if (negators.has(tokens[i]!.norm)) return tokens[i]!.raw;
    }
    return undefined;
  };

  const read = (text: string, path: (string | number)[], own?: string) => {
    for (const match of explainReply(compiled, text).intents) {
      if (match.source !== 'scenario') continue;
      if (own !== undefined && match.intent !== own) {
        issues.push({ path, message: authorMessage(language, 'warning.examples-overlap', { intent: own, other: match.intent, cue: cueName(match.cues[0]!), example: text }) });
      }
      for (const cue of match.cues) {
        if (cue.kind === 'entity' || negates(cue.text)) continue;
        const negator = negationBefore(text, cue);
        if (negator !== undefined) {
          issues.push({ path, message: authorMessage(language, 'warning.match-in-negation', { text, intent: match.intent, cue: cueName(cue), negator }) });
          break;
        }
      }
    }
  };

  for (const [name, intent] of Object.entries(scenario.intents)) intent.examples.forEach((example, index) => read(example, ['intents', name, 'examples', index], name));
  scenario.tests.forEach((test, t) => test.replies.forEach((reply, r) => read(reply.text, ['tests', t, 'replies', r, 'text'])));
  return issues;
}
