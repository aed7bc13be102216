import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, ComponentType<never>>();

/**
 * A studio part loaded on first use and then kept; a failed load (offline) says so in the trainer's
 * language instead of leaving a blank pane.
 */
export function LazyPart<P extends object>({ load, props, failed }: { load: () => Promise<ComponentType<P>>; props: P; failed: string }) {
  // Which loads failed or finished: one instance may show one part, then another (the tabs share it).
  const [failedLoads, setFailedLoads] = useState<ReadonlySet<() => Promise<unknown>>>(new Set());
  const [, setLoadedCount] = useState(loaded.size);
  useEffect(() => {
    if (loaded.has(load)) return;
    load().then(
      (component) => {
        loaded.set(load, component as ComponentType<never>);
        setLoadedCount(loaded.size);
      },
      () => setFailedLoads((before) => new Set([...before, load])),
    );
  }, [load]);
  if (failedLoads.has(load))
    return (
      <p role="alert" class="error">
        {failed}
      </p>
    );
  const Part = loaded.get(load) as ComponentType<P> | undefined;
  return Part ? <Part {...props} /> : null;
}
