/**
 * The clock every session runs on: xstate's timers and the customer's typing are scheduled here,
 * and time moves only when the session is told to. Replay and tests move it by the event log; the
 * browser and the terminal move it with the wall clock. One clock for both is what makes a replay
 * reproduce a live chat exactly.
 */
export class SessionClock {
  private nowMs = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { due: number; fn: () => void; timeout: number; group: string | undefined }>();

  now(): number {
    return this.nowMs;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number, group?: string): number {
    const id = this.nextId++;
    this.timers.set(id, { due: this.nowMs + Math.max(0, timeout), fn, timeout: Math.max(0, timeout), group });
    return id;
  }

  /** The same clock with every timer it sets in `group`, so that they can be restarted together. */
  grouped(group: string): { setTimeout: (fn: (...args: unknown[]) => void, timeout: number) => number; clearTimeout: (id: unknown) => void } {
    return { setTimeout: (fn, timeout) => this.setTimeout(fn, timeout, group), clearTimeout: (id) => this.clearTimeout(id) };
  }

  /** Restarts the pending timers of `group` from now, as if set again: a silence counted anew. */
  restart(group: string): void {
    for (const timer of this.timers.values()) if (timer.group === group) timer.due = this.nowMs + timer.timeout;
  }

  clearTimeout(id: unknown): void {
    this.timers.delete(id as number);
  }

  /** When the next timer fires, if any is pending. */
  nextDue(): number | undefined {
    let next: number | undefined;
    for (const timer of this.timers.values()) if (next === undefined || timer.due < next) next = timer.due;
    return next;
  }

  /** Fires, in order of due time (then of scheduling), every timer due up to `time`, then sets the time. */
  advanceTo(time: number): void {
    for (;;) {
      let nextId: number | undefined;
      let next: { due: number; fn: () => void } | undefined;
      for (const [id, timer] of this.timers) {
        if (timer.due <= time && (next === undefined || timer.due < next.due)) {
          nextId = id;
          next = timer;
        }
      }
      if (next === undefined || nextId === undefined) break;
      this.timers.delete(nextId);
      this.nowMs = Math.max(this.nowMs, next.due);
      next.fn();
    }
    this.nowMs = Math.max(this.nowMs, time);
  }
}
