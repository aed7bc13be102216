import { readReply } from '../analysis/analyzeReply.ts';
import { affirmedIntents } from '../session/affirmedIntents.ts';
import type { Entity } from '../analysis/entities/entity.ts';
import type { ScenarioCue } from '../analysis/replyAnalysis.ts';
import type { Token } from '../analysis/tokenize.ts';
import type { CompiledScenario } from '../compileScenario.ts';
import { cutReply } from '../session/replyLimit.ts';
import { chatIntentMatches, readChat, type ChatContext, type EarlierChat } from './chatContext.ts';
import { signalMatches } from './signalMatches.ts';
import { spanOf } from './tokenSpan.ts';

export { explainTransitions, type TransitionCheck } from './explainTransitions.ts';
export type { ChatContext } from './chatContext.ts';

/**
 * One reason an intent matched (or a negation cancelled it). `text` is the cue as it is written
 * where it comes from: the scenario's keyword or example, the language data's cue phrase
 * (`pattern`), or the entity type; `start`..`end` is the span of the reply that met it.
 */
export interface MatchCue {
  kind: 'keyword' | 'example' | 'entity' | 'lemma' | 'synonym' | 'pattern';
  text: string;
  start: number;
  end: number;
}

/** An intent the reply expresses: a scenario's own or a built-in one (signals such as `question` included), and every cue that made it. */
export interface IntentMatch {
  intent: string;
  source: 'scenario' | 'built-in';
  cues: MatchCue[];
}

/** Why the engine reads what it reads in one reply: the intents with their cues, the entities, and the cues a negation cancelled. */
export interface ReplyExplanation {
  text: string;
  intents: IntentMatch[];
  entities: Entity[];
  negated: { intent: string; cue: MatchCue }[];
}

/** A cue phrase of the language data without its placement marks ('<end>', '<last>', '<ask>'). */
const readablePhrase = (phrase: string) => phrase.replace(/\s*<(?:end|last|ask)>$/, '');

const scenarioCue = (cue: ScenarioCue, tokens: readonly Token[]): MatchCue =>
  cue.kind === 'entity' ? { kind: 'entity', text: cue.phrase, start: cue.entity.start, end: cue.entity.end } : { kind: cue.kind, text: cue.phrase, ...spanOf(tokens, cue.tokens) };

/**
 * What the session reads in `text`, and why: the same reading (the reply cut as the session cuts
 * it, the same analysis, the scenario's own matcher), with the cues each step used. `chat`, the
 * messages before the reply, makes it the reading of that moment of a chat: a code or time the
 * customer wrote, quoted back, says nothing new, and a copy of an earlier reply is `repeated`.
 * Without it the reply is read as the first message of a chat.
 */
export function explainReply(compiled: CompiledScenario, text: string, chat: ChatContext = {}): ReplyExplanation {
  const reply = cutReply(typeof text === 'string' ? text : '');
  const { locale } = compiled.scenario;
  const { analysis, tokens, builtIn } = readReply(reply, locale, { vocabulary: compiled.vocabulary });
  const earlier = readChat(compiled, chat);
  const builtInMatches: IntentMatch[] = analysis.intents.map((intent) => ({
    intent,
    source: 'built-in',
    cues: builtIn.cues.filter((cue) => cue.intent === intent).map((cue) => ({ kind: 'pattern', text: readablePhrase(cue.phrase), ...spanOf(tokens, cue.tokens) })),
  }));
  const own = compiled.intents.explain({ ...analysis, entities: analysis.entities.filter((entity) => !earlier.stated(entity)) });
  const affirmed = affirmedMatches(compiled, reply, tokens, earlier, new Set(own.matched.map((match) => match.intent)));
  return {
    text: reply,
    intents: [
      ...builtInMatches,
      ...chatIntentMatches(analysis, earlier),
      ...own.matched.map(({ intent, cues }): IntentMatch => ({ intent, source: 'scenario', cues: cues.map((cue) => scenarioCue(cue, tokens)) })),
      ...affirmed,
      ...signalMatches(analysis, tokens, builtInMatches, earlier, chat),
    ],
    entities: analysis.entities,
    negated: [
      ...builtIn.negated.map((cue) => ({ intent: cue.intent, cue: { kind: 'pattern' as const, text: readablePhrase(cue.phrase), ...spanOf(tokens, cue.tokens) } })),
      ...own.negated.map(({ intent, cue }) => ({ intent, cue: scenarioCue(cue, tokens) })),
    ],
  };
}

/** The session's rule: a bare yes to the customer's yes/no question states the scenario's intents the question names, requests aside. */
function affirmedMatches(compiled: CompiledScenario, reply: string, tokens: readonly Token[], earlier: EarlierChat, already: ReadonlySet<string>): IntentMatch[] {
  const question = earlier.openQuestion;
  if (question === undefined) return [];
  const yes = spanOf(tokens, [0]);
  return affirmedIntents(compiled, question, reply)
    .filter((intent) => !already.has(intent))
    .map((intent) => ({ intent, source: 'scenario', cues: [{ kind: 'pattern', text: question, ...yes }] }));
}
