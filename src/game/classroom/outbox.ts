import type { SessionLog } from '../../engine/index.ts';
import type { GameStore } from '../storage/gameStore.ts';
import type { ClassAttempt, ClassResult, OutboxItem } from '../storage/records.ts';
import { ClassroomRefusal, type ClassroomApi } from './classroomApi.ts';

export interface OutboxOptions {
  store: GameStore;
  api: Pick<ClassroomApi, 'submit'>;
  /** Timers and keys are injected so tests can drive them. */
  schedule?: (ms: number, run: () => void) => () => void;
  newKey?: () => string;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

export type SubmissionState = { kind: 'pending' } | ClassResult;

/**
 * Finished class chats on their way to the server. An item is stored before the first send and
 * leaves the queue only once the server has answered: accepted, or refused for good (a 4xx other
 * than 408 and 429). While the server is unreachable it is retried with a doubling delay, also
 * after a reload, always under the same idempotency key so it never counts twice.
 */
export class Outbox {
  private readonly store: GameStore;
  private readonly api: Pick<ClassroomApi, 'submit'>;
  private readonly schedule: (ms: number, run: () => void) => () => void;
  private readonly newKey: () => string;
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private rerun = false;
  private retryDelay = FIRST_RETRY_MS;
  private cancelRetry: (() => void) | undefined;

  constructor(options: OutboxOptions) {
    this.store = options.store;
    this.api = options.api;
    this.schedule =
      options.schedule ??
      ((ms, run) => {
        const id = setTimeout(run, ms);
        return () => clearTimeout(id);
      });
    this.newKey = options.newKey ?? (() => crypto.randomUUID());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Where the submission of a history record stands, if it was a class chat. */
  stateOf(recordId: string): SubmissionState | undefined {
    if (this.store.outbox.some((item) => item.recordId === recordId)) return { kind: 'pending' };
    return this.store.classResults[recordId];
  }

  /** Queues a finished class chat (stored first), then tries to send it. */
  async enqueue(attempt: ClassAttempt, recordId: string, log: SessionLog): Promise<void> {
    const item: OutboxItem = { code: attempt.code, attemptId: attempt.attemptId, token: attempt.token, idempotencyKey: this.newKey(), recordId, log };
    await this.store.saveOutbox([...this.store.outbox, item]);
    this.notify();
    await this.flush();
  }

  /** Sends what is queued; a call during a run makes the run look again once it is done. */
  flush(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    this.running = this.sendAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sendAll(): Promise<void> {
    do {
      this.rerun = false;
      const tried = new Set<string>();
      let item: OutboxItem | undefined;
      while ((item = this.store.outbox.find((candidate) => !tried.has(candidate.idempotencyKey)))) {
        tried.add(item.idempotencyKey);
        const result = await this.send(item);
        if (!result) {
          this.retryLater();
          return;
        }
        // The answer is stored before the item leaves the queue: a crash in between only resends it.
        await this.store.saveClassResult(item.recordId, result);
        const sent = item.idempotencyKey;
        await this.store.saveOutbox(this.store.outbox.filter((candidate) => candidate.idempotencyKey !== sent));
        this.notify();
      }
    } while (this.rerun);
    this.retryDelay = FIRST_RETRY_MS;
  }

  /** The server's answer, or undefined when it is worth asking again later. */
  private async send(item: OutboxItem): Promise<ClassResult | undefined> {
    try {
      const response = await this.api.submit(item.code, item.token, { idempotencyKey: item.idempotencyKey, attemptId: item.attemptId, log: item.log });
      return { kind: 'accepted', submissionId: response.submissionId, total: response.total, rank: response.rank };
    } catch (error) {
      if (error instanceof ClassroomRefusal && !error.transient) return { kind: 'refused', status: error.status, error: error.error, message: error.message };
      return undefined;
    }
  }

  private retryLater(): void {
    const delay = this.retryDelay;
    this.retryDelay = Math.min(MAX_RETRY_MS, this.retryDelay * 2);
    this.cancelRetry = this.schedule(delay, () => void this.flush());
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
