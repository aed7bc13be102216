import type { KeyValueStorage } from '../../storage/gameStore.ts';

/** A scenario the trainer is writing, kept in this browser. */
export interface Draft {
  id: string;
  /** The scenario's title (or id) when it has one, else the file name. */
  name: string;
  /** The file name problems and downloads use (`<scenario id>.yaml`). */
  file: string;
  text: string;
  /** Last change, in milliseconds since the epoch. */
  updatedAt: number;
}

export type DraftSummary = Omit<Draft, 'text'>;

const INDEX_KEY = 'drafts';
const LAST_KEY = 'lastDraft';
const textKey = (id: string) => `draft:${id}`;

const isSummary = (value: unknown): value is DraftSummary => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.id === 'string' && typeof entry.name === 'string' && typeof entry.file === 'string' && typeof entry.updatedAt === 'number';
};

/** A new draft's id: unique enough within one browser, and available where crypto.randomUUID is not (plain http on a class's network). */
export const newDraftId = (now: number, random: () => number = Math.random) => `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;

/**
 * The studio's drafts in a browser store of their own: an index of names and dates, one entry per
 * text, and the draft last worked on, which the studio reopens after a reload. Writes run one after
 * the other, so a quick succession of saves cannot interleave and lose the index.
 */
export class DraftStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly storage: KeyValueStorage) {}

  /** The drafts, the most recently changed first; entries damaged in storage are left out. */
  async list(): Promise<DraftSummary[]> {
    const index = await this.storage.getItem<unknown>(INDEX_KEY);
    return (Array.isArray(index) ? index.filter(isSummary) : []).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async load(id: string): Promise<Draft | null> {
    const summary = (await this.list()).find((entry) => entry.id === id);
    const text = await this.storage.getItem<unknown>(textKey(id));
    return summary && typeof text === 'string' ? { ...summary, text } : null;
  }

  /** The draft last saved or opened, to reopen after a reload. */
  async last(): Promise<Draft | null> {
    const id = await this.storage.getItem<unknown>(LAST_KEY);
    return typeof id === 'string' ? this.load(id) : null;
  }

  save(draft: Draft): Promise<void> {
    return this.serially(async () => {
      const { text, ...summary } = draft;
      await this.storage.setItem(textKey(draft.id), text);
      const others = (await this.list()).filter((entry) => entry.id !== draft.id);
      await this.storage.setItem(INDEX_KEY, [summary, ...others]);
      await this.storage.setItem(LAST_KEY, draft.id);
    });
  }

  remove(id: string): Promise<void> {
    return this.serially(async () => {
      await this.storage.setItem(
        INDEX_KEY,
        (await this.list()).filter((entry) => entry.id !== id),
      );
      await this.storage.removeItem(textKey(id));
      if ((await this.storage.getItem<unknown>(LAST_KEY)) === id) await this.storage.removeItem(LAST_KEY);
    });
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
