import { refList } from '../scenario/refList.ts';
import { assign, setup } from 'xstate';
import type { Guard, Lines, Outcome, Scenario, SilenceStep, Transition } from '../scenario/scenarioSchema.ts';
import { getLanguageData } from '../language/locales.ts';
import { chooseLines, typingMs, type PersonaLine } from './chooseLines.ts';
import { REPLY_SIGNALS } from './replySignals.ts';
import { tokenize } from '../analysis/tokenize.ts';

/** Why the customer said a line: the debrief and the scorers tell these apart. */
export type LineKind = 'line' | 'nudge' | 'follow-up' | 'otherwise';

export interface SaidLine extends PersonaLine {
  kind: LineKind;
  state: string;
  /** For a follow-up: the expectation the agent left out. */
  expectation?: string;
  /** The agent's message (transcript index) this line answers, if any. */
  replyTo?: number;
  /** Already written when the chat opened (a public post, a first message): shown at once, not typed. */
  posted?: boolean;
  /** The line as the scenario writes it, when the customer had to reword it (said once already). */
  original?: string;
}

export interface ExpectationStatus {
  state: string;
  id: string;
  /** Transcript index of the agent message that covered it, unprompted or not. */
  coveredBy?: number;
  /** Transcript index of the agent message after which the customer had to ask. */
  promptedBy?: number;
}

export interface PersonaContext {
  mood: number;
  facts: Record<string, true>;
  said: SaidLine[];
  counters: Record<string, number>;
  random: number;
  /** Typing time of the lines queued in the current step: silence is counted from when they show. */
  typingMs: number;
  expectations: Record<string, ExpectationStatus>;
  /**
   * A reaction held back while the customer asks a follow-up; it resumes once the agent answers. A
   * follow-up left unanswered is asked once more (`asked` 2); after that the customer lets it go.
   */
  held?: { effect: number; expectation: string; asked: number };
  /** False until the first event: what the start state says is already on screen when the chat opens. */
  opened: boolean;
  /** The agent's last reply announced a hold: the customer waits up to the scenario's hold limit before nudging. */
  onHold: boolean;
  /**
   * What the agent has said so far, in any state: each intent and the reply that first expressed it.
   * A need the agent met earlier, in another order, is met: the customer does not ask for it again.
   */
  agentSaid: Record<string, number>;
  /** The last reply that expressed each intent: what the agent said since the customer entered a state. */
  agentSaidLast: Record<string, number>;
  /** The reply that brought the customer into the current state (-1 before any). */
  enteredBy: number;
  /** The states the customer has left in the current step: a reply carries her on, never round in a loop. */
  passed: string[];
}

/** What a persona actor starts from: its seed and, for a chat opened mid-way, the facts known and the mood. */
export interface PersonaInput {
  seed: number;
  start?: { facts: readonly string[]; mood: number };
}

export interface ReplyEvent {
  type: 'reply';
  /** Transcript index of the agent's message. */
  index: number;
  /** Built-in intents, scenario intents and signals of the reply, 'any' included. */
  intents: readonly string[];
  /** The reply takes up the customer's pending follow-up question in its own words (the session reads it). */
  answersFollowUp?: boolean;
}

interface Effect {
  say?: Lines;
  mood?: number;
  set?: string[];
  goto?: string;
  outcome?: Outcome;
  when?: readonly string[];
  if?: Guard;
}

/** How many times the customer asks a follow-up before letting it go. */
const FOLLOW_UP_ASKS = 2;
/** Reply signals describe one reply, and a hold ends when the agent writes again: the customer does not carry them over. */
const UNREMEMBERED = new Set<string>([...REPLY_SIGNALS, 'hold']);

const MOOD_MIN = -5;
const MOOD_MAX = 5;
export const OUTCOME_STATE_PREFIX = '__';
const stateId = (name: string) => `st-${name}`;
const outcomeStateKey = (outcome: Outcome) => `${OUTCOME_STATE_PREFIX}${outcome}`;
const silentChild = (step: number) => `silent-${step}`;
const expectationKey = (state: string, id: string) => `${state}/${id}`;

/**
 * Compiles a validated scenario into an xstate machine built from data: the config only names the
 * implementations registered in `setup()` (say, applyEffect, ...), with numeric ids into tables
 * kept here. Validation has already proved every target and intent exists.
 */
/** Facts the persona keeps for itself: how often the agent asked for card data. */
const CARD_ASKED = '#card-data-asked';
const CARD_ASKED_TWICE = '#card-data-asked-twice';

export function compilePersona(scenario: Scenario) {
  const stateNames = Object.keys(scenario.states);
  const startState = scenario.start ?? stateNames[0]!;
  const effects: Effect[] = [];
  const addEffect = (effect: Transition | SilenceStep): number => {
    const when = 'when' in effect ? refList(effect.when) : undefined;
    effects.push({ ...effect, when, if: 'if' in effect ? effect.if : undefined });
    return effects.length - 1;
  };
  const lineSets: Lines[] = [];
  // One line set per `say`: effects made from the same reaction (its counted variants) share where their cycle stands.
  const lineSetIds = new Map<Lines, number>();
  const addLines = (lines: Lines): number => {
    const known = lineSetIds.get(lines);
    if (known !== undefined) return known;
    lineSetIds.set(lines, lineSets.length);
    return lineSets.push(lines) - 1;
  };

  const guardHolds = (guard: Guard | undefined, context: PersonaContext): boolean => {
    if (!guard) return true;
    if (guard.facts && !guard.facts.every((fact) => context.facts[fact])) return false;
    if (guard.missing && guard.missing.some((fact) => context.facts[fact])) return false;
    if (guard.mood?.below !== undefined && !(context.mood < guard.mood.below)) return false;
    if (guard.mood?.atLeast !== undefined && !(context.mood >= guard.mood.atLeast)) return false;
    return true;
  };
  const matches = (effect: Effect, event: ReplyEvent, context: PersonaContext): boolean => {
    if (effect.when && !effect.when.some((intent) => event.intents.includes(intent))) return false;
    return guardHolds(effect.if, context);
  };
  const leavesState = (state: string, effect: Effect) => (effect.goto !== undefined && effect.goto !== state) || effect.outcome !== undefined;

  /**
   * A reaction that moves the chat on, due to something the agent said since the customer entered
   * this state but that did not move it then (a follow-up came first, or another reaction won): the
   * customer remembers it, and goes on rather than asking for what was already said (the reply that
   * brought the customer into the state counts: it may have said two things at once). Reply signals
   * describe one reply and a hold is over once the agent writes again: neither is remembered.
   */
  const appliesFromMemory = (effect: Effect, state: string, context: PersonaContext): boolean => {
    // While a follow-up waits for its answer, the customer holds back on purpose.
    if (context.held || !effect.when || !leavesState(state, effect)) return false;
    // An intent never said is not remembered, in the first state too (where enteredBy is still -1).
    const remembered = effect.when.some((intent) => {
      const saidAt = context.agentSaidLast[intent];
      return !UNREMEMBERED.has(intent) && saidAt !== undefined && saidAt >= context.enteredBy;
    });
    return remembered && guardHolds(effect.if, context);
  };

  /**
   * The reply that has just brought the customer to a state already answers what she would say
   * there: she reacts to that in the same turn. Into the close ('il rinnovo è confermato…
   * arrivederci'), she answers the goodbye too, rather than waiting for the agent to say it again.
   * Into a state that opens with the customer's own question ('quindi dalla chat non si può fare
   * niente?'), the question gives way to her reaction to its answer. Not into a state entered on a
   * line of her own: there she has reacted already, and what the reply offers ('può pagare con un
   * link sicuro') is not yet done: she must choose first.
   */
  const chainsFromMemory = (effect: Effect, state: string, event: ReplyEvent, context: PersonaContext): boolean => {
    if (event.type !== 'reply' || context.enteredBy !== event.index) return false;
    if (scenario.states[state]!.phase !== 'closing' && scenario.states[state]!.say === undefined) return false;
    const target = effect.outcome === undefined ? effect.goto : undefined;
    return (target === undefined || !context.passed.includes(target)) && appliesFromMemory(effect, state, context);
  };
  const chainedEffect = (state: string, event: ReplyEvent, context: PersonaContext) => replyEffects[state]!.find((id) => chainsFromMemory(effects[id]!, state, event, context));

  // Asked for card data in chat, any customer hesitates and does not go on, before any other reaction
  // the request draws (it may also ask again for data, but the card is what worries): in the
  // scenario's own words when it reacts to card requests itself.
  const personaLines = getLanguageData(scenario.locale).persona;
  const cardDataWorry: Transition = { when: ['asks-card-data'], say: { cycle: personaLines.cardDataWorry[scenario.register] }, mood: -2 };
  const reactsToCardRequest = (transition: Transition) => refList(transition.when).includes('asks-card-data');
  const ownCardReactions = scenario.anytime.filter(reactsToCardRequest);
  // Asked a third time, the customer will not type them and gives up: she leaves (abandoned, as the
  // panels' graders call a customer driven away by the replies). The counts are
  // facts no scenario can name ('#' is not allowed in names).
  const cardRefusal: Transition = { when: ['asks-card-data'], if: { facts: [CARD_ASKED_TWICE] }, say: { cycle: personaLines.cardDataRefusal[scenario.register] }, mood: -2, outcome: 'abandoned' };
  const counted = (transition: Transition): Transition[] =>
    transition.goto !== undefined || transition.outcome !== undefined
      ? [transition]
      : [
          { ...transition, if: { ...transition.if, facts: [...(transition.if?.facts ?? []), CARD_ASKED] }, set: [...(transition.set ?? []), CARD_ASKED_TWICE] },
          { ...transition, set: [...(transition.set ?? []), CARD_ASKED] },
        ];
  const cardReactions = [cardRefusal, ...(ownCardReactions.length > 0 ? ownCardReactions : [cardDataWorry]).flatMap(counted)];
  const anytimeEffects = [...cardReactions, ...scenario.anytime.filter((transition) => !reactsToCardRequest(transition))].map(addEffect);
  const transfers: Record<string, number[]> = {};
  // Reproached or brushed off, any customer takes offence, unless the reply also moves the chat on
  // (a transfer said rudely is still a transfer): tried after the state's own reactions.
  const dismissedEffect = addEffect({ when: ['dismissive'], say: { cycle: personaLines.dismissedWorry[scenario.register] }, mood: -2 });
  const replyEffects: Record<string, number[]> = {};
  for (const name of stateNames) {
    const own = (scenario.states[name]!.on ?? []).map(addEffect);
    transfers[name] = own.filter((effect) => effects[effect]!.outcome === 'escalated');
    replyEffects[name] = [...transfers[name]!, ...anytimeEffects, ...own.filter((effect) => !transfers[name]!.includes(effect))];
  }
  const otherwiseLines: Record<string, number | undefined> = {};
  const followUpLines: Record<string, number> = {};

  const chosenTransition = (state: string, event: ReplyEvent, context: PersonaContext): Effect | undefined => {
    for (const id of replyEffects[state]!) if (matches(effects[id]!, event, context)) return effects[id];
    return undefined;
  };

  /** The first expectation of `state` that this reply makes due while it is still unsaid, and the reaction it holds back. */
  const dueExpectation = (state: string, event: ReplyEvent, context: PersonaContext) => {
    const transition = chosenTransition(state, event, context);
    const expectation = unsaidExpectation(state, event, context, transition !== undefined && leavesState(state, transition));
    return expectation && { expectation, held: transition === undefined ? undefined : effects.indexOf(transition) };
  };
  const unsaidExpectation = (state: string, event: ReplyEvent, context: PersonaContext, leaves: boolean) =>
    (scenario.states[state]!.expect ?? []).find((expectation) => {
      const status = context.expectations[expectationKey(state, expectation.id)];
      if (status?.coveredBy !== undefined || status?.promptedBy !== undefined) return false;
      if (refList(expectation.intent).some((intent) => event.intents.includes(intent) || context.agentSaid[intent] !== undefined)) return false;
      const due = refList(expectation.due);
      return due.length > 0 ? due.some((intent) => event.intents.includes(intent)) : leaves;
    });
  /** Carried on into a state by the reply that entered it, the customer still asks first for what that state needs and the reply left out. */
  const chainedDueExpectation = (state: string, event: ReplyEvent, context: PersonaContext) => {
    const held = chainedEffect(state, event, context);
    const expectation = held === undefined ? undefined : unsaidExpectation(state, event, context, true);
    return expectation && { expectation, held };
  };

  /**
   * The follow-up the customer is waiting on is answered: by this reply (its intent, or the question
   * taken up in other words), or already by an earlier one that another reaction answered first.
   */
  const answersHeld = (event: ReplyEvent, context: PersonaContext, state: string) => {
    const expectation = context.held && scenario.states[state]!.expect?.find((candidate) => candidate.id === context.held!.expectation);
    if (expectation === undefined) return false;
    if (context.expectations[expectationKey(state, expectation.id)]?.coveredBy !== undefined) return true;
    return event.answersFollowUp === true || refList(expectation.intent).some((intent) => event.intents.includes(intent));
  };

  /** The answer to a follow-up lets the customer go on as the held-back reaction said. */
  const resumes = (effect: number, event: ReplyEvent, context: PersonaContext, state: string) => context.held?.effect === effect && answersHeld(event, context, state);

  /**
   * A follow-up the reply leaves unanswered, while the agent neither buys time nor moves the chat
   * elsewhere: the customer asks once more, as a person would, before letting it go.
   */
  const reasks = (event: ReplyEvent, context: PersonaContext, state: string) => {
    if (!context.held || context.held.asked >= FOLLOW_UP_ASKS || event.intents.includes('hold') || answersHeld(event, context, state)) return false;
    const transition = chosenTransition(state, event, context);
    return transition === undefined || !leavesState(state, transition);
  };

  /** Asked twice and still unanswered: the customer lets the point go and carries on as the held reaction said. */
  const letsGo = (effect: number, event: ReplyEvent, context: PersonaContext) => context.held?.effect === effect && context.held.asked >= FOLLOW_UP_ASKS && !event.intents.includes('hold');

  const say = (context: PersonaContext, linesId: number, kind: LineKind, state: string, extra: Partial<SaidLine> = {}): Partial<PersonaContext> => {
    const choice = chooseLines(lineSets[linesId]!, context.counters[linesId] ?? 0, context.random);
    const said = choice.lines.map((line) => {
      const text = line.by === undefined ? reworded(line.text, kind, context.said) : line.text;
      return { ...line, text, ...(text !== line.text ? { original: line.text } : {}), kind, state, ...extra };
    });
    return {
      said: said.length > 0 ? [...context.said, ...said] : context.said,
      counters: { ...context.counters, [linesId]: choice.counter },
      random: choice.random,
      typingMs: context.typingMs + said.reduce((sum, line) => sum + typingMs(line.text), 0),
    };
  };

  /** A person does not write the same words twice: a line the customer already wrote comes back reworded. */
  const language = getLanguageData(scenario.locale);
  const { repeatPrefixes, nudgeRepeatSuffixes, acknowledgements } = language.persona;
  const acknowledgementWords = new Set(language.persona.acknowledgementWords);
  const acknowledges = (text: string) => tokenize(text, language).tokens.every((token) => acknowledgementWords.has(token.norm));
  const contrastWords = new Set(language.persona.contrastWords);
  /** 'Grazie, ma a me serve…' asked again is 'Come le dicevo, a me serve…': the thanks were for the earlier reply. */
  const withoutAcknowledgingLead = (text: string) => {
    const tokens = tokenize(text, language).tokens;
    const contrast = tokens.findIndex((token) => !acknowledgementWords.has(token.norm));
    const next = tokens[contrast + 1];
    if (contrast <= 0 || !contrastWords.has(tokens[contrast]!.norm) || next === undefined) return text;
    return text.slice(next.start);
  };
  const reworded = (text: string, kind: LineKind, earlier: readonly SaidLine[]) => {
    const own = earlier.filter((line) => line.by === undefined);
    const times = own.filter((line) => line.text === text || line.original === text).length;
    if (times === 0) return text;
    if (kind === 'nudge') return `${text}${nudgeRepeatSuffixes[(times - 1) % nudgeRepeatSuffixes.length]}`;
    const asks = /\?\s*$/.test(text);
    if (!asks && acknowledges(text)) {
      const fresh = acknowledgements[scenario.register].find((candidate) => !own.some((line) => line.text === candidate));
      if (fresh !== undefined) return fresh;
    }
    const prefixes = repeatPrefixes[asks ? 'question' : 'statement'][scenario.register];
    const rest = withoutAcknowledgingLead(text);
    return `${prefixes[(times - 1) % prefixes.length]}${rest.charAt(0).toLocaleLowerCase()}${rest.slice(1)}`;
  };

  const clampMood = (mood: number) => Math.max(MOOD_MIN, Math.min(MOOD_MAX, mood));

  const effectLines: Record<number, number> = {};
  effects.forEach((effect, id) => {
    if (effect.say !== undefined) effectLines[id] = addLines(effect.say);
  });

  const targetOf = (from: string, effect: Effect): string | undefined => {
    if (effect.outcome !== undefined) return `#${outcomeStateKey(effect.outcome)}`;
    if (effect.goto !== undefined && effect.goto !== from) return `#${stateId(effect.goto)}`;
    return undefined;
  };

  const states: Record<string, unknown> = {};
  for (const name of stateNames) {
    const state = scenario.states[name]!;
    const entry = state.say !== undefined ? [{ type: 'sayEntry', params: { lines: addLines(state.say), state: name } }] : [];
    if (state.outcome !== undefined) {
      states[name] = { id: stateId(name), type: 'final', entry };
      continue;
    }
    if (state.otherwise?.say !== undefined) otherwiseLines[name] = addLines(state.otherwise.say);
    for (const expectation of state.expect ?? []) followUpLines[expectationKey(name, expectation.id)] = addLines(expectation.followUp);

    const silence = state.silence ?? scenario.defaults.silence;
    const children: Record<string, unknown> = {};
    silence.forEach((step, index) => {
      const effect = addEffect(step);
      if (step.say !== undefined) effectLines[effect] = addLines(step.say);
      const target = targetOf(name, step) ?? (step.goto === name ? `#${stateId(name)}.${silentChild(0)}` : index + 1 < silence.length ? silentChild(index + 1) : undefined);
      children[silentChild(index)] = {
        after: { [`silence:${name}:${index}`]: { target, actions: [{ type: 'beginStep' }, { type: 'applyEffect', params: { effect, state: name, kind: 'nudge' } }] } },
      };
    });
    if (silence.length === 0) children[silentChild(0)] = {};

    const stay = `.${silentChild(0)}`;
    const replyTransitions = [
      // A transfer the customer gets (to a colleague, a manager) ends the chat as asked, even in a
      // reply that would otherwise draw a complaint ('la trasferisco' pasted in a stock sentence).
      ...transfers[name]!.map((effect) => ({
        guard: { type: 'effectApplies', params: { effect } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'applyEffect', params: { effect, state: name, kind: 'line' } }, { type: 'rememberReply' }],
      })),
      // What can happen in any state answers this very reply (a question asked again, card data asked
      // for, a pasted answer): it comes before a follow-up about what the reply left out.
      ...anytimeEffects.map((effect) => ({
        guard: { type: 'effectApplies', params: { effect } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'applyEffect', params: { effect, state: name, kind: 'line' } }, { type: 'rememberReply' }],
      })),
      {
        guard: { type: 'followUpDue', params: { state: name } },
        target: stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'askFollowUp', params: { state: name } }, { type: 'rememberReply' }],
      },
      ...replyEffects[name]!.map((effect) => ({
        guard: { type: 'resumesHeld', params: { effect, state: name } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'applyEffect', params: { effect, state: name, kind: 'line' } }, { type: 'rememberReply' }],
      })),
      {
        guard: { type: 'reasksFollowUp', params: { state: name } },
        target: stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'reaskFollowUp', params: { state: name } }, { type: 'rememberReply' }],
      },
      ...replyEffects[name]!.map((effect) => ({
        guard: { type: 'effectApplies', params: { effect } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'applyEffect', params: { effect, state: name, kind: 'line' } }, { type: 'rememberReply' }],
      })),
      ...replyEffects[name]!.map((effect) => ({
        guard: { type: 'letsGoOfFollowUp', params: { effect } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'applyEffect', params: { effect, state: name, kind: 'line' } }, { type: 'rememberReply' }],
      })),
      {
        guard: { type: 'effectApplies', params: { effect: dismissedEffect } },
        target: stay,
        actions: [
          { type: 'beginStep' },
          { type: 'coverExpectations', params: { state: name } },
          { type: 'applyEffect', params: { effect: dismissedEffect, state: name, kind: 'line' } },
          { type: 'rememberReply' },
        ],
      },
      ...replyEffects[name]!.map((effect) => ({
        guard: { type: 'appliesFromMemory', params: { effect, state: name } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'applyEffect', params: { effect, state: name, kind: 'line' } }, { type: 'rememberReply' }],
      })),
      { target: stay, actions: [{ type: 'beginStep' }, { type: 'coverExpectations', params: { state: name } }, { type: 'otherwise', params: { state: name } }, { type: 'rememberReply' }] },
    ];
    const chained = [
      {
        guard: { type: 'chainedFollowUpDue', params: { state: name } },
        target: stay,
        actions: [
          { type: 'coverExpectations', params: { state: name } },
          { type: 'askFollowUp', params: { state: name, chained: true } },
        ],
      },
      ...replyEffects[name]!.map((effect) => ({
        guard: { type: 'chainsFromMemory', params: { effect, state: name } },
        target: targetOf(name, effects[effect]!) ?? stay,
        actions: [
          { type: 'coverExpectations', params: { state: name } },
          { type: 'applyEffect', params: { effect, state: name, kind: 'line' } },
        ],
      })),
    ];
    states[name] = { id: stateId(name), entry, initial: silentChild(0), states: children, on: { reply: replyTransitions }, always: chained };
  }
  for (const outcome of ['resolved', 'abandoned', 'escalated', 'unresolved'] as const) {
    states[outcomeStateKey(outcome)] = { id: outcomeStateKey(outcome), type: 'final' };
  }

  const delays: Record<string, (args: { context: PersonaContext }) => number> = {};
  const holdLimit = scenario.scoring.responseTime.hold;
  for (const name of stateNames) {
    (scenario.states[name]!.silence ?? scenario.defaults.silence).forEach((step, index) => {
      // Silence is counted from the last message shown; after an announced hold, the first nudge waits for the hold limit.
      delays[`silence:${name}:${index}`] = ({ context }) => (index === 0 && context.onHold ? Math.max(step.after, holdLimit) : step.after) * 1000 + context.typingMs;
    });
  }

  const initialFacts: Record<string, true> = {};
  for (const [name, fact] of Object.entries(scenario.facts)) if (fact.known !== 'no') initialFacts[name] = true;

  const implementations = setup({
    types: {
      context: {} as PersonaContext,
      events: {} as ReplyEvent,
      input: {} as PersonaInput,
    },
    guards: {
      effectApplies: ({ context, event }, params: { effect: number }) => matches(effects[params.effect]!, event, context),
      followUpDue: ({ context, event }, params: { state: string }) => dueExpectation(params.state, event, context) !== undefined,
      resumesHeld: ({ context, event }, params: { effect: number; state: string }) => resumes(params.effect, event, context, params.state),
      reasksFollowUp: ({ context, event }, params: { state: string }) => reasks(event, context, params.state),
      letsGoOfFollowUp: ({ context, event }, params: { effect: number }) => letsGo(params.effect, event, context),
      appliesFromMemory: ({ context }, params: { effect: number; state: string }) => appliesFromMemory(effects[params.effect]!, params.state, context),
      chainedFollowUpDue: ({ context, event }, params: { state: string }) => chainedDueExpectation(params.state, event, context) !== undefined,
      chainsFromMemory: ({ context, event }, params: { effect: number; state: string }) => chainsFromMemory(effects[params.effect]!, params.state, event, context),
    },
    actions: {
      // A reply that announces a hold ('un attimo che verifico') buys the agent the hold limit; any other reply ends it.
      beginStep: assign({ typingMs: 0, opened: true, passed: [] }),
      // Once the reaction to a reply is chosen, the reply joins what the agent has said.
      rememberReply: assign(({ context, event }) => {
        if (event.type !== 'reply') return {};
        const reply = event as ReplyEvent;
        const agentSaid = { ...context.agentSaid };
        const agentSaidLast = { ...context.agentSaidLast };
        for (const intent of reply.intents) {
          agentSaid[intent] ??= reply.index;
          agentSaidLast[intent] = reply.index;
        }
        return { agentSaid, agentSaidLast, onHold: reply.intents.includes('hold') };
      }),
      sayEntry: assign(({ context, event }, params: { lines: number; state: string }) => {
        // Answered by the reply that brought her here, she does not ask it (see chainsFromMemory).
        if (chainedEffect(params.state, event, context) !== undefined) return {};
        if (context.opened) return say(context, params.lines, 'line', params.state);
        const said = say(context, params.lines, 'line', params.state, { posted: true });
        return { ...said, typingMs: context.typingMs };
      }),
      applyEffect: assign(({ context, event }, params: { effect: number; state: string; kind: LineKind }) => {
        const effect = effects[params.effect]!;
        let next: PersonaContext = { ...context };
        const leaves = leavesState(params.state, effect);
        if (leaves || context.held?.effect === params.effect) next.held = undefined;
        // What the agent says from here on counts for the new state; a silence brings no reply with it.
        if (leaves) {
          next.enteredBy = event.type === 'reply' ? event.index : (context.agentSaidLast.any ?? -1) + 1;
          next.passed = [...context.passed, params.state];
        }
        if (effect.mood !== undefined) next.mood = clampMood(next.mood + effect.mood);
        if (effect.set) next.facts = { ...next.facts, ...Object.fromEntries(effect.set.map((fact) => [fact, true as const])) };
        const lines = effectLines[params.effect];
        if (lines !== undefined) {
          const replyTo = event.type === 'reply' ? event.index : undefined;
          next = { ...next, ...say(next, lines, params.kind, params.state, replyTo === undefined ? {} : { replyTo }) };
        }
        return next;
      }),
      coverExpectations: assign(({ context, event }, params: { state: string }) => {
        const expectations = scenario.states[params.state]!.expect ?? [];
        let changed: Record<string, ExpectationStatus> | undefined;
        for (const expectation of expectations) {
          const key = expectationKey(params.state, expectation.id);
          const status = context.expectations[key] ?? { state: params.state, id: expectation.id };
          if (status.coveredBy !== undefined) continue;
          // Said now, or said before in another order: the earliest reply that said it covers it.
          const earlier = refList(expectation.intent)
            .map((intent) => context.agentSaid[intent])
            .filter((index): index is number => index !== undefined);
          const answered = context.held?.expectation === expectation.id && event.answersFollowUp === true;
          const now = answered || refList(expectation.intent).some((intent) => event.intents.includes(intent)) ? [event.index] : [];
          const coveredBy = Math.min(...earlier, ...now);
          if (Number.isFinite(coveredBy)) {
            changed ??= { ...context.expectations };
            changed[key] = { ...status, coveredBy };
          }
        }
        return changed ? { expectations: changed } : {};
      }),
      askFollowUp: assign(({ context, event }, params: { state: string; chained?: boolean }) => {
        const due = (params.chained ? chainedDueExpectation : dueExpectation)(params.state, event, context);
        if (!due) return {};
        const { expectation } = due;
        const key = expectationKey(params.state, expectation.id);
        const status = context.expectations[key] ?? { state: params.state, id: expectation.id };
        return {
          ...say(context, followUpLines[key]!, 'follow-up', params.state, { expectation: expectation.id, replyTo: event.index }),
          mood: clampMood(context.mood + (expectation.mood ?? 0)),
          expectations: { ...context.expectations, [key]: { ...status, promptedBy: event.index } },
          held: due.held === undefined ? context.held : { effect: due.held, expectation: expectation.id, asked: 1 },
        };
      }),
      reaskFollowUp: assign(({ context, event }, params: { state: string }) => {
        const held = context.held!;
        const expectation = scenario.states[params.state]!.expect!.find((candidate) => candidate.id === held.expectation)!;
        return {
          ...say(context, followUpLines[expectationKey(params.state, expectation.id)]!, 'follow-up', params.state, { expectation: expectation.id, replyTo: event.index }),
          mood: clampMood(context.mood + (expectation.mood ?? 0)),
          held: { ...held, asked: held.asked + 1 },
        };
      }),
      otherwise: assign(({ context, event }, params: { state: string }) => {
        const reaction = scenario.states[params.state]!.otherwise;
        if (!reaction) return {};
        const lines = otherwiseLines[params.state];
        return {
          ...(lines !== undefined ? say(context, lines, 'otherwise', params.state, { replyTo: event.index }) : {}),
          mood: clampMood(context.mood + (reaction.mood ?? 0)),
        };
      }),
    },
    delays,
  });

  const machineConfig = (initial: string) => ({
    id: 'persona',
    initial,
    context: ({ input }: { input: PersonaInput }) => ({
      mood: input.start?.mood ?? scenario.customer.mood,
      facts: input.start ? Object.fromEntries(input.start.facts.map((fact) => [fact, true as const])) : initialFacts,
      said: [],
      counters: {},
      random: input.seed >>> 0,
      typingMs: 0,
      expectations: {},
      opened: false,
      onHold: false,
      agentSaid: {},
      agentSaidLast: {},
      enteredBy: -1,
      passed: [],
    }),
    // The config is generated from validated data; its shape is checked by the tests, not by the compiler.
    states: states as Record<string, object>,
    options: { maxIterations: 1000 },
  });
  const machine = implementations.createMachine(machineConfig(startState));
  // A playtest may open the chat in any state: one machine per such state, built when first asked for.
  const machinesByStart = new Map<string, typeof machine>([[startState, machine]]);
  const startingIn = (state: string): typeof machine => {
    const known = machinesByStart.get(state);
    if (known !== undefined) return known;
    const built = implementations.createMachine(machineConfig(state));
    machinesByStart.set(state, built);
    return built;
  };
  return { machine, startState, startingIn };
}

export type PersonaMachine = ReturnType<typeof compilePersona>;

/** The outcome of a machine state value, when it is a terminal one. */
export function outcomeOfState(scenario: Scenario, value: unknown): Outcome | undefined {
  const name = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? Object.keys(value)[0] : undefined;
  if (name === undefined) return undefined;
  if (name.startsWith(OUTCOME_STATE_PREFIX)) return name.slice(OUTCOME_STATE_PREFIX.length) as Outcome;
  return scenario.states[name]?.outcome;
}

export function stateNameOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) return Object.keys(value)[0] ?? '';
  return '';
}
