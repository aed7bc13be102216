import { analyzeReply } from '../analysis/analyzeReply.ts';
import { greetsOnly } from '../analysis/greetsOnly.ts';
import { openQuestionAfter } from '../session/affirmedIntents.ts';
import type { Entity } from '../analysis/entities/entity.ts';
import { findEntities } from '../analysis/entities/findEntities.ts';
import type { BuiltInIntent, ReplyAnalysis } from '../analysis/replyAnalysis.ts';
import { tokenize } from '../analysis/tokenize.ts';
import type { CompiledScenario } from '../compileScenario.ts';
import { getLocale } from '../language/locales.ts';
import type { IntentMatch } from './explainReply.ts';

/** The chat around a reply, as far as its reading depends on it. */
export interface ChatContext {
  /** The messages shown before the reply, in order: a session's `messages` up to the reply's index. */
  earlier?: readonly { from: 'customer' | 'agent' | 'onlooker'; text: string }[];
  /** Known facts the reply asks for again, as the session found them (`AgentReply.askedAgain`), since they depend on what the persona knows then. */
  askedAgain?: readonly string[];
}

/** What the earlier messages tell about a reply: the customer's own entities, the codes already written, the agent's earlier replies. */
export interface EarlierChat {
  /** The customer or an onlooker wrote this (type and value): quoted back, it is no news. */
  stated(entity: Entity): boolean;
  /** Reference codes anybody wrote before. */
  references: ReadonlySet<string>;
  agentReplies: ReplyAnalysis[];
  /** The customer's yes/no question since the agent last wrote, which a bare 'Sì' answers. */
  openQuestion: string | undefined;
}

const entityKey = (entity: Entity) => `${entity.type}:${entity.value}`;

/** Reads the earlier messages the way the session read them as they came. */
export function readChat(compiled: CompiledScenario, chat: ChatContext): EarlierChat {
  const { locale } = compiled.scenario;
  const { data, entities } = getLocale(locale);
  const customerStated = new Set<string>();
  const references = new Set<string>();
  const agentReplies: ReplyAnalysis[] = [];
  let openQuestion: string | undefined;
  for (const message of chat.earlier ?? []) {
    let stated: Entity[];
    if (message.from === 'agent') {
      const analysis = analyzeReply(message.text, locale, { vocabulary: compiled.vocabulary });
      agentReplies.push(analysis);
      stated = analysis.entities;
    } else {
      stated = findEntities(message.text, tokenize(message.text, data).tokens, entities);
      for (const entity of stated) customerStated.add(entityKey(entity));
    }
    for (const entity of stated) if (entity.type === 'reference') references.add(entity.value);
    openQuestion = openQuestionAfter(openQuestion, message, compiled);
  }
  return { stated: (entity) => customerStated.has(entityKey(entity)), references, agentReplies, openQuestion };
}

/**
 * Built-in intents read from the chat rather than the words: a reference code nobody wrote before
 * gives a reference number, a limit in time ('entro 24 ore') states a wait, a bare 'Ciao.' after the
 * welcome takes leave. The session's rule.
 */
export function chatIntentMatches(analysis: ReplyAnalysis, earlier: EarlierChat): IntentMatch[] {
  const matches: IntentMatch[] = [];
  const by = (intent: BuiltInIntent, found: readonly Entity[]) => {
    if (found.length > 0 && !analysis.intents.includes(intent))
      matches.push({ intent, source: 'built-in', cues: found.map((entity) => ({ kind: 'entity', text: entity.type, start: entity.start, end: entity.end })) });
  };
  by(
    'reference-number',
    analysis.entities.filter((entity) => entity.type === 'reference' && !earlier.references.has(entity.value)),
  );
  by(
    'wait-time',
    analysis.entities.filter((entity) => entity.type === 'duration' && entity.deadline),
  );
  if (earlier.agentReplies.some((reply) => reply.intents.includes('greeting')) && greetsOnly(analysis) && !analysis.intents.includes('goodbye')) {
    matches.push({ intent: 'goodbye', source: 'built-in', cues: [{ kind: 'pattern', text: analysis.text.trim(), start: 0, end: analysis.text.length }] });
  }
  return matches;
}
