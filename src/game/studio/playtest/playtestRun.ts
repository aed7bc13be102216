import {
  blessResult,
  compareWithBlessed,
  replayReplies,
  scoreSession,
  TYPING_EVERY_MS,
  type BlessedComparison,
  type ChatSession,
  type CompiledScenario,
  type Reply,
  type Report,
  type SessionStart,
} from '../../../engine/index.ts';

export interface PlaytestOptions {
  compiled: CompiledScenario;
  seed: number;
  /** Where the chat opens, when not at the scenario's start. */
  start?: SessionStart | undefined;
  /** Replies already played (a replay after an edit), each `delay` seconds after the message before it. */
  replies?: readonly Reply[];
  /** The chat time to go on from, once the replies are replayed: where the playtest was. */
  at?: number;
  /** The wall clock, in ms; the browser's by default, a fake in tests. */
  now?: () => number;
}

/**
 * The author's playtest: a session on its own clock that the author can hurry ("skip the wait"),
 * kept as replies with their delays, so it can be replayed on the next version of the scenario.
 */
export class PlaytestRun {
  readonly session: ChatSession;
  readonly compiled: CompiledScenario;
  readonly seed: number;
  readonly start: SessionStart | undefined;
  private readonly played: Reply[];
  private readonly now: () => number;
  /** Wall time of chat time 0; skipping a wait moves it back. */
  private wallStart: number;
  /** When the author began typing the reply being written (chat ms), if they did since the last message. */
  private typingSince: number | undefined;
  private lastTypingAt = Number.NEGATIVE_INFINITY;
  private reportCache: { messages: number; at: number; report: Report } | undefined;

  constructor(options: PlaytestOptions) {
    this.compiled = options.compiled;
    this.seed = options.seed;
    this.start = options.start;
    this.now = options.now ?? (() => Date.now());
    this.played = [...(options.replies ?? [])];
    this.session = replayReplies(options.compiled, this.played, options.seed, { finish: false, start: options.start });
    this.session.advanceTo(options.at ?? 0);
    this.wallStart = this.now() - this.session.now;
  }

  /** The replies so far, each with its delay (seconds since the message before it) and typing time. */
  get replies(): readonly Reply[] {
    return this.played;
  }

  /** The chat time now, in ms. */
  get elapsed(): number {
    return Math.max(this.session.now, this.now() - this.wallStart);
  }

  /** Lets the session catch up with the clock: customer lines and silences that are due happen. */
  catchUp(): void {
    this.session.advanceTo(this.elapsed);
  }

  /**
   * Jumps ahead to the next message the session has scheduled (a customer line, a nudge) or to the
   * end of the chat: the author tests silences without sitting through them. False when nothing is due.
   */
  skipWait(): boolean {
    this.catchUp();
    const shown = this.session.messages.length;
    let skipped = false;
    for (let next = this.session.nextDueAt(); next !== undefined; next = this.session.nextDueAt()) {
      this.wallStart -= Math.max(0, next - this.elapsed);
      this.catchUp();
      skipped = true;
      // A burst of lines shows whole; a chat that ended shows its last line.
      if (this.session.messages.length > shown && !this.session.personaTyping) break;
    }
    return skipped;
  }

  /** The author is typing: the customer sees it and waits, as in the game. */
  typing(): void {
    this.catchUp();
    if (this.session.ended) return;
    const at = this.session.now;
    this.typingSince ??= at;
    if (at - this.lastTypingAt < TYPING_EVERY_MS) return;
    this.lastTypingAt = at;
    this.session.typing(at);
  }

  /** Sends a reply now; false when the chat is over or the text is blank. */
  reply(text: string): boolean {
    this.catchUp();
    if (text.trim() === '' || this.session.ended) return false;
    const at = this.session.now;
    const since = this.session.lastMessageAt;
    const typedFrom = this.typingSince !== undefined && this.typingSince >= since ? this.typingSince : undefined;
    this.played.push({ delay: (at - since) / 1000, text, after: this.session.messages.length, ...(typedFrom !== undefined && typedFrom < at ? { typing: (at - typedFrom) / 1000 } : {}) });
    this.typingSince = undefined;
    return this.session.reply(text, at) !== undefined;
  }

  /** The score of the chat so far (recomputed only when a message was added or the chat ended). */
  report(): Report {
    const cached = this.reportCache;
    const key = { messages: this.session.messages.length, at: this.session.ended ? 1 : 0 };
    if (cached && cached.messages === key.messages && cached.at === key.at) return cached.report;
    const report = scoreSession(this.session);
    this.reportCache = { ...key, report };
    return report;
  }

  /**
   * The same playtest on another version of the scenario: the replies replayed with their delays up
   * to where this one was, and how its result differs. A start the new version no longer has (a
   * state removed) gives way to the scenario's own start; facts it no longer has are dropped.
   */
  replayOn(compiled: CompiledScenario): { run: PlaytestRun; changes: BlessedComparison; startLost: boolean } {
    const { scenario } = compiled;
    const keepsState = this.start === undefined || Object.hasOwn(scenario.states, this.start.state);
    const start = this.start && keepsState ? { ...this.start, facts: this.start.facts.filter((fact) => Object.hasOwn(scenario.facts, fact)) } : undefined;
    const run = new PlaytestRun({ compiled, seed: this.seed, start, replies: this.played, at: this.elapsed, now: this.now });
    // A line the customer was still typing there (a longer one takes longer) shows: it is the edit's effect.
    while (run.session.personaTyping && run.skipWait());
    return { run, changes: compareWithBlessed(blessResult(this.report()), run.report()), startLost: !keepsState };
  }
}
