/** What the projector shows: everyone or only the top few, with or without names. */
export interface ProjectorView {
  top: number | null;
  hideNames: boolean;
}

/** The choices offered for "show only the top N". */
export const TOP_CHOICES = [null, 3, 5, 10] as const;

const storageKey = (code: string) => `galateo.projector.${code}`;

/** The page's localStorage, or a stand-in that keeps nothing where even reading it throws (storage blocked). */
export function pageStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined };
  }
}

/** The view last chosen on this browser for this class, if any and well formed. */
export function savedView(code: string, storage: Pick<Storage, 'getItem'>): ProjectorView | undefined {
  try {
    const value: unknown = JSON.parse(storage.getItem(storageKey(code)) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { top, hideNames } = value as Record<string, unknown>;
    const validTop = top === null || (typeof top === 'number' && Number.isInteger(top) && top >= 1 && top <= 100);
    return validTop && typeof hideNames === 'boolean' ? { top: top as number | null, hideNames } : undefined;
  } catch {
    return undefined;
  }
}

/** Kept per class, so reopening the projector for a class brings back its view. Storage may refuse (private mode): the view then lasts for the page. */
export function saveView(code: string, view: ProjectorView, storage: Pick<Storage, 'setItem'>): void {
  try {
    storage.setItem(storageKey(code), JSON.stringify(view));
  } catch {
    // Nothing to do: the address still carries the view.
  }
}

/** Options written in the address win (a shared link); a bare address takes the saved view. */
export function initialView(code: string, fromAddress: ProjectorView, storage: Pick<Storage, 'getItem'>): ProjectorView {
  const addressSaysSomething = fromAddress.top !== null || fromAddress.hideNames;
  return addressSaysSomething ? fromAddress : (savedView(code, storage) ?? fromAddress);
}
