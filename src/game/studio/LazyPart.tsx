import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, ComponentType<never>>();

/**
 * A studio part loaded on first use and then kept; a failed load (offline) says so in the trainer's
 * language instead of leaving a blank pane.
 */
export function LazyPart<P extends object>({ load, props, failed }: { load: () => Promise<ComponentType<P>>; props: P; failed: string }) {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded.has(load) ? 'ready' : 'loading');
  useEffect(() => {
    if (loaded.has(load)) return;
    load().then(
      (component) => {
        loaded.set(load, component as ComponentType<never>);
        setState('ready');
      },
      () => setState('failed'),
    );
  }, [load]);
  if (state === 'failed')
    return (
      <p role="alert" class="error">
        {failed}
      </p>
    );
  const Part = loaded.get(load) as ComponentType<P> | undefined;
  return Part ? <Part {...props} /> : null;
}
