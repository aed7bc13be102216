import { explainReply, explainTransitions, type ChatSession, type ReplyExplanation, type Transition, type TransitionCheck } from '../../../engine/index.ts';

export type NeedStatus = 'met' | 'asked' | 'missing';

/** The last reply read as the persona read it: what it matched, and what each reaction of the state made of it. */
export interface ReplyInsight {
  /** Transcript index of the reply. */
  index: number;
  /** The state the persona was in when the reply came. */
  state: string;
  explanation: ReplyExplanation;
  transitions: { check: TransitionCheck; transition: Transition; anytime: boolean }[];
  /**
   * The need the customer asked about instead of reacting (a follow-up question): the reaction that
   * fired waits for its answer. explainTransitions weighs one reply; this is the chat's part.
   */
  heldFor: string | undefined;
}

/** What the playtest's side panel shows of the persona at one moment. */
export interface PersonaInsight {
  state: string;
  mood: number;
  factsKnown: string[];
  factsMissing: string[];
  needs: { id: string; status: NeedStatus }[];
  lastReply: ReplyInsight | undefined;
}

export function personaInsight(session: ChatSession): PersonaInsight {
  const { scenario } = session.compiled;
  const state = session.personaState;
  // The persona keeps facts of its own ('#card-data-asked'): only the scenario's are the author's.
  const facts = Object.keys(scenario.facts);
  const known = session.context.facts;
  const statuses = new Map(session.expectations.filter((status) => status.state === state).map((status) => [status.id, status]));
  const needs = (scenario.states[state]?.expect ?? []).map(({ id }) => {
    const status = statuses.get(id);
    return { id, status: (status?.coveredBy !== undefined ? 'met' : status?.promptedBy !== undefined ? 'asked' : 'missing') as NeedStatus };
  });
  return {
    state,
    mood: session.mood,
    factsKnown: facts.filter((fact) => known[fact]),
    factsMissing: facts.filter((fact) => !known[fact]),
    needs,
    lastReply: lastReplyInsight(session),
  };
}

function lastReplyInsight(session: ChatSession): ReplyInsight | undefined {
  const reply = session.replies.at(-1);
  if (reply === undefined) return undefined;
  const { compiled } = session;
  const message = session.messages[reply.index]!;
  const explanation = explainReply(compiled, message.text, { earlier: session.messages.slice(0, reply.index), askedAgain: reply.askedAgain });
  const checks = explainTransitions(compiled, reply.state, { facts: reply.factsBefore, mood: reply.moodBefore }, explanation);
  const { anytime } = compiled.scenario;
  const all = [...anytime, ...(compiled.scenario.states[reply.state]?.on ?? [])];
  return {
    index: reply.index,
    state: reply.state,
    explanation,
    transitions: checks.map((check) => ({ check, transition: all[check.index]!, anytime: check.index < anytime.length })),
    heldFor: session.messages.find((line) => line.replyTo === reply.index && line.kind === 'follow-up')?.expectation,
  };
}
