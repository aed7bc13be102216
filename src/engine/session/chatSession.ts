import { createActor, type Actor } from 'xstate';
import { analyzeReply } from '../analysis/analyzeReply.ts';
import { greetsOnly } from '../analysis/greetsOnly.ts';
import { affirmedIntents, openQuestionAfter } from './affirmedIntents.ts';
import { sentenceTexts, tokenize } from '../analysis/tokenize.ts';
import { getLanguageData, getLocale } from '../language/locales.ts';
import { findEntities } from '../analysis/entities/findEntities.ts';
import type { Entity } from '../analysis/entities/entity.ts';
import type { BuiltInIntent, ReplyAnalysis } from '../analysis/replyAnalysis.ts';
import { squeeze, type CompiledScenario } from '../compileScenario.ts';
import { typingMs } from '../persona/chooseLines.ts';
import { outcomeOfState, stateNameOf, type ExpectationStatus, type LineKind, type PersonaContext, type PersonaMachine, type SaidLine } from '../persona/compilePersona.ts';
import type { ReplySignal } from '../persona/replySignals.ts';
import type { Outcome } from '../scenario/scenarioSchema.ts';
import { findRepeatedReply } from './detectRepetition.ts';
import { SessionClock } from './sessionClock.ts';
import type { SessionEvent, SessionLog, SessionStart } from './sessionLog.ts';
import { cutReply } from './replyLimit.ts';
import { asksForCardData } from '../analysis/asksForCardData.ts';

export interface ChatMessage {
  index: number;
  from: 'customer' | 'agent' | 'onlooker';
  /** Milliseconds since the chat opened. */
  at: number;
  text: string;
  /** The onlooker's name in a public thread. */
  name?: string;
  /** For persona messages: when 'sta scrivendo...' started. */
  typingFrom?: number;
  kind?: LineKind;
  /** The persona's state when the message was written. */
  state: string;
  /** For a follow-up question: the expectation the agent left out. */
  expectation?: string;
  /** The agent message this persona line reacts to. */
  replyTo?: number;
  /** The customer's mood once the message is out. */
  mood: number;
  /** Persona lines written in one go share a step: a reply answers the whole burst. */
  step?: number;
}

/** What the engine understood of one agent reply, kept for the scorers and the debrief. */
export interface AgentReply {
  index: number;
  analysis: ReplyAnalysis;
  /** The scenario's own intents recognised in the reply. */
  scenarioIntents: string[];
  /** Built-in intents read from the chat, not from the words alone: a reference code the customer had not written gives a reference. */
  chatIntents: BuiltInIntent[];
  signals: ReplySignal[];
  /** Facts already known that the reply asks for again. */
  askedAgain: string[];
  /** Transcript index of the earlier agent message this one copies, if any. */
  repeats?: number;
  state: string;
  moodBefore: number;
  /** The facts the customer knew when the reply came: what the persona's guards read (the studio explains them). */
  factsBefore: string[];
}

type PersonaActor = Actor<PersonaMachine['machine']>;

/** The clock group of the persona's own timers (its silences), which the trainee's typing restarts. */
const PERSONA_TIMERS = 'persona';

const entityKey = (entity: Entity) => `${entity.type}:${entity.value}`;

/**
 * What the customer's and onlookers' lines state, read once per scenario: the lines come from the
 * scenario (reworded at most), so every session of it meets the same few texts again.
 */
const lineEntities = new WeakMap<CompiledScenario, Map<string, Entity[]>>();
const LINE_ENTITIES_KEPT = 1000;
function personaLineEntities(compiled: CompiledScenario, text: string): Entity[] {
  let known = lineEntities.get(compiled);
  if (known === undefined) lineEntities.set(compiled, (known = new Map()));
  const cached = known.get(text);
  if (cached !== undefined) return cached;
  const { data, entities } = getLocale(compiled.scenario.locale);
  const stated = findEntities(text, tokenize(text, data).tokens, entities);
  if (known.size < LINE_ENTITIES_KEPT) known.set(text, stated);
  return stated;
}

/** A start the scenario cannot open in is refused with what is wrong, before any actor runs. */
function checkStart(compiled: CompiledScenario, start: SessionStart): void {
  const { scenario } = compiled;
  if (!Object.hasOwn(scenario.states, start.state)) throw new RangeError(`cannot start in state "${start.state}": the scenario has no such state`);
  const unknown = start.facts.filter((fact) => !Object.hasOwn(scenario.facts, fact));
  if (unknown.length > 0) throw new RangeError(`cannot start with fact${unknown.length === 1 ? '' : 's'} ${unknown.map((fact) => `"${fact}"`).join(', ')}: the scenario has no such fact`);
  if (!Number.isInteger(start.mood) || start.mood < -5 || start.mood > 5) throw new RangeError(`cannot start with mood ${start.mood}: a mood is a whole number from -5 to 5`);
}

/** How often, at most, the trainee's typing is told to the session: often enough that a customer never nudges someone typing. */
export const TYPING_EVERY_MS = 3000;

/** A chat can run at most this long; a guard against a runaway replay, far beyond any real chat. */
export const MAX_SESSION_MS = 2 * 3600 * 1000;

/**
 * One chat between a trainee and a persona. Time moves only through `advanceTo`, replies come
 * through `reply`, and everything the chat became follows from those calls: the log they leave is
 * the session, and replaying it gives the same transcript byte for byte.
 */
export class ChatSession {
  readonly clock = new SessionClock();
  readonly messages: ChatMessage[] = [];
  readonly replies: AgentReply[] = [];
  readonly log: SessionLog;
  private readonly actor: PersonaActor;
  private consumed = 0;
  private typingUntil = 0;
  private pendingLines = 0;
  private steps = 0;
  private closedOutcome: Outcome | undefined;
  /** The reference codes of the chat (their entity values), each with the index of the message that first had it. */
  private readonly referencesSeen = new Map<string, number>();
  /** The entities the customer and onlookers wrote (type and value): quoted back, they are no news. */
  private readonly customerStated = new Set<string>();
  /** The customer's yes/no question since the agent last wrote, which a bare 'Sì' answers. */
  private openQuestion: string | undefined;
  private readonly listeners = new Set<(message: ChatMessage) => void>();

  /**
   * `start` opens the chat elsewhere than at the scenario's start (a playtest): in that state, with
   * exactly those facts known and that mood. It is kept in the log, so a replay opens there too.
   */
  constructor(
    readonly compiled: CompiledScenario,
    readonly seed: number,
    readonly start?: SessionStart,
  ) {
    if (start) checkStart(compiled, start);
    this.log = { scenario: compiled.scenario.id, version: compiled.version, seed, ...(start ? { start: { state: start.state, facts: [...start.facts], mood: start.mood } } : {}), events: [] };
    const machine = start ? compiled.persona.startingIn(start.state) : compiled.persona.machine;
    const input = start ? { seed, start: { facts: start.facts, mood: start.mood } } : { seed };
    this.actor = createActor(machine, { clock: this.clock.grouped(PERSONA_TIMERS), input });
    this.actor.subscribe({ next: () => this.takePersonaLines(), error: () => undefined });
    this.actor.start();
    this.takePersonaLines();
  }

  get now(): number {
    return this.clock.now();
  }

  get context(): PersonaContext {
    return this.actor.getSnapshot().context;
  }

  get personaState(): string {
    return stateNameOf(this.actor.getSnapshot().value);
  }

  get mood(): number {
    return this.context.mood;
  }

  get expectations(): ExpectationStatus[] {
    return Object.values(this.context.expectations);
  }

  /** The outcome once the persona has finished or the agent closed the chat. */
  get outcome(): Outcome | undefined {
    if (this.closedOutcome) return this.closedOutcome;
    const snapshot = this.actor.getSnapshot();
    return snapshot.status === 'done' ? outcomeOfState(this.compiled.scenario, snapshot.value) : undefined;
  }

  /** True when no reply is accepted any more. */
  get ended(): boolean {
    return this.outcome !== undefined;
  }

  /** True when nothing more can happen: ended and every persona line shown, or nothing scheduled. */
  get settled(): boolean {
    return this.clock.nextDue() === undefined;
  }

  /** When the last message appeared (0, the opening of the chat, when none has). */
  get lastMessageAt(): number {
    return this.messages[this.messages.length - 1]?.at ?? 0;
  }

  /** When the next scheduled thing happens: a persona line showing, or a silence timer. */
  nextDueAt(): number | undefined {
    return this.clock.nextDue();
  }

  /** Called with every message as it appears (the game draws it). */
  onMessage(listener: (message: ChatMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  advanceTo(time: number): void {
    this.clock.advanceTo(Math.min(Math.max(time, this.now), MAX_SESSION_MS));
  }

  /**
   * The agent sends `typed` now (or at `at`, after advancing there). Returns the message, or
   * undefined if the chat is over. A reply over MAX_REPLY_LENGTH is cut there, as the reply box cuts it.
   */
  reply(typed: string, at: number = this.now): ChatMessage | undefined {
    this.advanceTo(at);
    if (this.ended) return undefined;
    const text = cutReply(typed);
    this.log.events.push({ at: Math.round(this.now), text });
    const state = this.personaState;
    const moodBefore = this.mood;
    const factsBefore = Object.keys(this.context.facts);
    const message: ChatMessage = { index: this.messages.length, from: 'agent', at: this.now, text, state, mood: moodBefore };
    this.append(message);

    const scenario = this.compiled.scenario;
    const analysis = analyzeReply(text, scenario.locale, { vocabulary: this.compiled.vocabulary });
    // What the reply states anew: a time or code the customer wrote herself ('ieri tra le 9 e le 13')
    // quoted back says nothing new, so it expresses no intent by its entities.
    const scenarioIntents = this.compiled.intents.match({ ...analysis, entities: analysis.entities.filter((entity) => !this.customerStated.has(entityKey(entity))) });
    for (const intent of affirmedIntents(this.compiled, this.openQuestion, text)) if (!scenarioIntents.includes(intent)) scenarioIntents.push(intent);
    this.openQuestion = openQuestionAfter(this.openQuestion, message, this.compiled);
    const repeatedOf = findRepeatedReply(
      analysis,
      this.replies.map((earlier) => earlier.analysis),
    );
    const askedAgain = this.findAskedAgain(analysis);
    this.noteReferences(analysis.entities, message.index);
    const chatIntents = this.chatIntents(analysis, message.index);
    const signals: ReplySignal[] = ['any'];
    if (repeatedOf >= 0) signals.push('repeated');
    if (askedAgain.length > 0) signals.push('asked-again');
    if (analysis.register === 'informal') signals.push('informal');
    if (analysis.register === 'formal') signals.push('formal');
    if (analysis.style.length > 0) signals.push('unprofessional');
    if (analysis.isQuestion) signals.push('question');
    if (asksForCardData(analysis)) signals.push('asks-card-data');
    const repeats = repeatedOf >= 0 ? this.replies[repeatedOf]!.index : undefined;
    this.replies.push({ index: message.index, analysis, scenarioIntents, chatIntents, signals, askedAgain, ...(repeats !== undefined ? { repeats } : {}), state, moodBefore, factsBefore });

    const answersFollowUp = this.answersFollowUp(analysis, state);
    this.actor.send({ type: 'reply', index: message.index, intents: [...analysis.intents, ...chatIntents, ...scenarioIntents, ...signals], answersFollowUp });
    return message;
  }

  /**
   * The trainee is typing (the game says so at most every few seconds while keys are pressed): as
   * in a real chat tool the customer sees 'sta scrivendo', and the silence before a nudge or
   * leaving counts again from now.
   */
  typing(at: number = this.now): void {
    this.advanceTo(at);
    if (this.ended) return;
    this.log.events.push({ at: Math.round(this.now), typing: true });
    this.clock.restart(PERSONA_TIMERS);
  }

  /** The agent closes the chat window. */
  close(at: number = this.now): void {
    this.advanceTo(at);
    if (this.ended) return;
    this.log.events.push({ at: Math.round(this.now), close: true });
    this.closedOutcome = 'unresolved';
    this.actor.stop();
  }

  /** Lets time run until nothing more can happen: the persona leaves or its timers run out. */
  finish(): void {
    for (let next = this.nextDueAt(); next !== undefined && next <= MAX_SESSION_MS; next = this.nextDueAt()) this.advanceTo(next);
    if (!this.ended) this.closedOutcome = 'unresolved';
  }

  /** The reply takes up, in its own words, the follow-up question the customer is waiting on. */
  private answersFollowUp(analysis: ReplyAnalysis, state: string): boolean {
    const held = this.context.held;
    const topic = held && this.compiled.followUpTopics[`${state}/${held.expectation}`];
    return topic !== undefined && this.compiled.topics.takesUp(analysis, topic);
  }

  /**
   * What the reply says by the things it states, whatever its words: a reference code nobody in the
   * chat wrote before ('Sì, eccola: TK-58213') gives a reference number; a limit in time ('entro
   * 24 ore', 'in giornata', 'entro domani') states a wait, a mere length ('dopo i 14 giorni') does not.
   */
  private chatIntents(analysis: ReplyAnalysis, index: number): BuiltInIntent[] {
    const intents: BuiltInIntent[] = [];
    const newReference = analysis.entities.some((entity) => entity.type === 'reference' && this.referencesSeen.get(entity.value) === index);
    if (newReference && !analysis.intents.includes('reference-number')) intents.push('reference-number');
    const statesWait = analysis.entities.some((entity) => entity.type === 'duration' && entity.deadline);
    if (statesWait && !analysis.intents.includes('wait-time')) intents.push('wait-time');
    const welcomed = this.replies.some((earlier) => earlier.analysis.intents.includes('greeting'));
    if (welcomed && greetsOnly(analysis) && !analysis.intents.includes('goodbye')) intents.push('goodbye');
    return intents;
  }

  /** Each reference code's first message, kept as the chat goes, so that telling a new one costs nothing per reply. */
  private noteReferences(entities: readonly Entity[], index: number): void {
    for (const entity of entities) if (entity.type === 'reference' && !this.referencesSeen.has(entity.value)) this.referencesSeen.set(entity.value, index);
  }

  /**
   * Known facts the reply asks for: a sentence that asks something and names the fact. Read per
   * sentence, so that 'la polizza della targa FG 482 LM scade... come preferisce procedere?' uses
   * the plate rather than asking for it.
   */
  private findAskedAgain(analysis: ReplyAnalysis): string[] {
    if (analysis.requestSentences.length === 0) return [];
    const known = this.context.facts;
    const { intents, factKeywords, factValues, scenario } = this.compiled;
    const candidates = Object.entries(factKeywords).filter(([fact, keywords]) => known[fact] && keywords.length > 0 && intents.mentions(analysis, keywords));
    if (candidates.length === 0) return [];
    const texts = sentenceTexts(analysis.text, tokenize(analysis.text, getLanguageData(scenario.locale)));
    // A sentence that quotes the value ('la targa FG 482 LM, giusto?') confirms it rather than asking again.
    const quotes = (sentence: number, fact: string) => {
      const value = factValues[fact];
      return value !== undefined && value.length > 0 && squeeze(texts[sentence] ?? '').includes(value);
    };
    return candidates.filter(([fact, keywords]) => analysis.requestSentences.some((sentence) => intents.mentions(analysis, keywords, sentence) && !quotes(sentence, fact))).map(([fact]) => fact);
  }

  /** Schedules the persona's new lines, each shown after its typing time, one after the other. */
  private takePersonaLines(): void {
    const said = this.actor.getSnapshot().context.said;
    if (this.consumed < said.length) this.steps++;
    const step = this.steps;
    for (; this.consumed < said.length; this.consumed++) {
      const line = said[this.consumed]!;
      const typingFrom = Math.max(this.now, this.typingUntil);
      const at = line.posted ? typingFrom : typingFrom + typingMs(line.text);
      this.typingUntil = at;
      this.pendingLines++;
      this.clock.setTimeout(() => this.showPersonaLine(line, typingFrom, at, step), at - this.now);
    }
  }

  private showPersonaLine(line: SaidLine, typingFrom: number, at: number, step: number): void {
    this.pendingLines--;
    const message: ChatMessage = {
      index: this.messages.length,
      from: line.by ? 'onlooker' : 'customer',
      at,
      text: line.text,
      ...(line.by ? { name: line.by } : {}),
      typingFrom,
      kind: line.kind,
      state: line.state,
      ...(line.expectation ? { expectation: line.expectation } : {}),
      ...(line.replyTo !== undefined ? { replyTo: line.replyTo } : {}),
      mood: this.mood,
      step,
    };
    this.append(message);
  }

  /** True while the persona is typing a line that has not shown yet. */
  get personaTyping(): boolean {
    return this.pendingLines > 0;
  }

  private append(message: ChatMessage): void {
    this.messages.push(message);
    // The agent's codes are read with the rest of the reply; the customer's and onlookers' here.
    if (message.from !== 'agent') {
      const stated = personaLineEntities(this.compiled, message.text);
      this.noteReferences(stated, message.index);
      for (const entity of stated) this.customerStated.add(entityKey(entity));
      this.openQuestion = openQuestionAfter(this.openQuestion, message, this.compiled);
    }
    for (const listener of this.listeners) listener(message);
  }

  /** Replays one logged event (used by replay; the log grows again as it goes). */
  apply(event: SessionEvent): void {
    if ('close' in event) this.close(event.at);
    else if ('typing' in event) this.typing(event.at);
    else this.reply(event.text, event.at);
  }
}
