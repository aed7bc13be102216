import {
  CHANNELS,
  ChatSession,
  prepareLocale,
  replaySessionLog,
  scoreSession,
  type ChatMessage,
  type CompiledScenario,
  type Outcome,
  type Report,
  type SessionEvent,
  type SessionLog,
  TYPING_EVERY_MS,
} from '../../engine/index.ts';
import type { ActiveSession, ScenarioSource } from '../storage/records.ts';

export type SoundCue = 'message-in' | 'message-sent' | 'timer-warning' | 'customer-leaves' | 'chat-end';

/** What the play screen and the desk scene draw, derived from the session at one instant. */
export interface PlayView {
  /** Chat time of this view, in ms since the chat opened. */
  elapsed: number;
  messages: readonly ChatMessage[];
  typing: boolean;
  mood: number;
  /**
   * Seconds since the customer's last unanswered message (each new one starts it again), or since
   * the chat opened while the customer waits for the welcome; null when the agent spoke last.
   */
  waitingSeconds: number | null;
  /** What the customer waits for: the welcome, an answer, or nothing (the agent spoke last, or the chat is over). */
  waitingFor: 'welcome' | 'answer' | null;
  timerLevel: 'idle' | 'calm' | 'amber' | 'red';
  /** 1 when the customer has all their patience, 0 when they are about to leave. */
  patience: number;
  ended: boolean;
  outcome: Outcome | undefined;
}

export interface FinishedSession {
  log: SessionLog;
  report: Report;
  wallStart: number;
}

export interface LivePlayOptions {
  compiled: CompiledScenario;
  source: ScenarioSource;
  seed: number;
  /** Wall-clock ms when the chat opened. */
  wallStart: number;
  /** Events already played: a reload resumes from them, 'retry from here' starts from a prefix. */
  events?: readonly SessionEvent[];
  /** The wall clock and the ticker; the browser's by default, fakes in tests. */
  now?: () => number;
  every?: (ms: number, tick: () => void) => () => void;
}

/**
 * Opens a live chat once its language's pack is loaded (its own chunk, fetched on demand): the
 * engine reads no reply without it. `wallStart` is asked for only then, so the wait is not chat time.
 */
export async function openLivePlay(options: Omit<LivePlayOptions, 'wallStart'>, wallStart: () => number): Promise<LivePlay> {
  await prepareLocale(options.compiled.scenario.locale);
  return new LivePlay({ ...options, wallStart: wallStart() });
}

const TICK_MS = 100;

/**
 * A chat played live: the engine's session driven by the wall clock. It cannot be paused; its log
 * is saved after every event so a reload rebuilds it by replay and goes on.
 */
export class LivePlay {
  readonly session: ChatSession;
  readonly compiled: CompiledScenario;
  readonly source: ScenarioSource;
  readonly wallStart: number;
  private readonly now: () => number;
  private stopTicking: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly persistListeners = new Set<(active: ActiveSession) => void>();
  private readonly finishListeners = new Set<(finished: FinishedSession) => void>();
  private readonly cueListeners = new Set<(cue: SoundCue) => void>();
  private finished: FinishedSession | undefined;
  private warnedAt: 'none' | 'amber' | 'red' = 'none';
  private lastTypingAt = Number.NEGATIVE_INFINITY;

  constructor(options: LivePlayOptions) {
    this.compiled = options.compiled;
    this.source = options.source;
    this.wallStart = options.wallStart;
    this.now = options.now ?? (() => Date.now());
    const log: SessionLog = { scenario: options.compiled.scenario.id, version: options.compiled.version, seed: options.seed, events: [...(options.events ?? [])] };
    this.session = replaySessionLog(options.compiled, log, { finish: false });
    this.session.onMessage((message) => {
      this.cue(message.from === 'agent' ? 'message-sent' : 'message-in');
      this.warnedAt = 'none';
    });
    this.catchUp();
    const every =
      options.every ??
      ((ms, tick) => {
        const id = setInterval(tick, ms);
        return () => clearInterval(id);
      });
    this.stopTicking = every(TICK_MS, () => this.catchUp());
  }

  /** The chat time now, in ms since it opened. */
  get elapsed(): number {
    return Math.max(0, this.now() - this.wallStart);
  }

  get finishedSession(): FinishedSession | undefined {
    return this.finished;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onPersist(listener: (active: ActiveSession) => void): () => void {
    this.persistListeners.add(listener);
    return () => this.persistListeners.delete(listener);
  }

  onFinish(listener: (finished: FinishedSession) => void): () => void {
    this.finishListeners.add(listener);
    if (this.finished) listener(this.finished);
    return () => this.finishListeners.delete(listener);
  }

  onCue(listener: (cue: SoundCue) => void): () => void {
    this.cueListeners.add(listener);
    return () => this.cueListeners.delete(listener);
  }

  reply(text: string): boolean {
    if (text.trim() === '' || this.session.ended) return false;
    const sent = this.session.reply(text, this.elapsed);
    this.persist();
    this.afterChange();
    return sent !== undefined;
  }

  /**
   * The trainee is typing. Told to the session at most every TYPING_EVERY_MS, so that the log stays
   * small: the customer's silence counts again from the last of them.
   */
  typing(): void {
    if (this.session.ended) return;
    const at = this.elapsed;
    if (at - this.lastTypingAt < TYPING_EVERY_MS) return;
    this.lastTypingAt = at;
    this.session.typing(at);
    this.persist();
  }

  /** The agent closes the chat window. */
  close(): void {
    if (this.session.ended) return;
    this.session.close(this.elapsed);
    this.persist();
    this.afterChange();
  }

  stop(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  view(): PlayView {
    const { scenario } = this.compiled;
    const messages = this.session.messages;
    const lastAgent = messages.findLastIndex((message) => message.from === 'agent');
    const unanswered = messages.filter((message, index) => index > lastAgent && message.from === 'customer');
    const ended = this.session.ended;
    const elapsed = this.elapsed;
    const waitingFor = ended ? null : unanswered.length > 0 ? 'answer' : lastAgent < 0 && CHANNELS[scenario.channel].agentGreetsFirst ? 'welcome' : null;
    // The timer says how long since the customer last wrote; patience drains from the first message left unanswered.
    const since = (from: number | undefined) => (from === undefined ? null : Math.max(0, elapsed - from) / 1000);
    const waitingSeconds = waitingFor === 'answer' ? since(unanswered.at(-1)!.at) : waitingFor === 'welcome' ? since(0) : null;
    const patienceSeconds = waitingFor === 'answer' ? since(unanswered[0]!.at) : waitingSeconds;
    const { excellent, acceptable } = scenario.scoring.responseTime;
    const timerLevel = waitingSeconds === null ? 'idle' : waitingSeconds >= acceptable ? 'red' : waitingSeconds >= excellent ? 'amber' : 'calm';
    // A customer who gave up has no patience left: the meter never fills again on leaving.
    const patience = ended ? (this.session.outcome === 'abandoned' ? 0 : 1) : patienceSeconds === null ? 1 : Math.max(0, 1 - patienceSeconds / scenario.customer.patience);
    return {
      elapsed,
      messages,
      typing: this.session.personaTyping,
      mood: this.session.mood,
      waitingSeconds,
      waitingFor,
      timerLevel,
      patience,
      ended,
      outcome: this.session.outcome,
    };
  }

  private catchUp(): void {
    if (this.finished) return;
    this.session.advanceTo(this.elapsed);
    this.afterChange();
  }

  private afterChange(): void {
    const view = this.view();
    if (view.timerLevel === 'amber' && this.warnedAt === 'none') {
      this.warnedAt = 'amber';
      this.cue('timer-warning');
    } else if (view.timerLevel === 'red' && this.warnedAt !== 'red') {
      this.warnedAt = 'red';
      this.cue('timer-warning');
    }
    if (view.ended && !view.typing && !this.finished) {
      this.finished = { log: structuredClone(this.session.log), report: scoreSession(this.session), wallStart: this.wallStart };
      this.stop();
      this.cue(view.outcome === 'abandoned' ? 'customer-leaves' : 'chat-end');
      for (const listener of this.finishListeners) listener(this.finished);
    }
    for (const listener of this.listeners) listener();
  }

  private persist(): void {
    const active: ActiveSession = { source: this.source, log: structuredClone(this.session.log), wallStart: this.wallStart };
    for (const listener of this.persistListeners) listener(active);
  }

  private cue(cue: SoundCue): void {
    for (const listener of this.cueListeners) listener(cue);
  }
}

/** What a retry needs of the finished chat's transcript: who wrote each message, and when (in seconds). */
export type RetryTranscript = readonly { from: 'customer' | 'agent' | 'onlooker'; at: number }[];

/**
 * The events to replay and the chat time to go on live from, to retry a session from one of its
 * messages. The replayed part keeps its timings; the live clock takes up where the trainee's turn
 * began, so the time they took then is not counted again. From a customer's message: the moment it
 * showed, the wait starting at 0. From the trainee's own message: the moment of the message before
 * it (the opening of the chat for the first), with the patience and the mood as they were then.
 */
export function retryPoint(log: SessionLog, transcript: RetryTranscript, index: number): { events: SessionEvent[]; resumeAt: number } {
  const message = transcript[index];
  if (message === undefined) throw new RangeError(`no message ${index} to retry from`);
  const ms = (seconds: number) => Math.round(seconds * 1000);
  if (message.from !== 'agent') {
    const resumeAt = ms(message.at);
    return { events: log.events.filter((event) => event.at < resumeAt), resumeAt };
  }
  const resumeAt = index === 0 ? 0 : ms(transcript[index - 1]!.at);
  // Each logged reply is one agent message: this one's event, and what came after it, is left out.
  const repliesBefore = transcript.slice(0, index).filter((entry) => entry.from === 'agent').length;
  let replies = 0;
  const own = log.events.findIndex((event) => 'text' in event && replies++ === repliesBefore);
  const before = own === -1 ? log.events : log.events.slice(0, own);
  return { events: before.filter((event) => event.at <= resumeAt), resumeAt };
}
