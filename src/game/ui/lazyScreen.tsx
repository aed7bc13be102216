import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useGame } from './gameContext.ts';

/**
 * A screen loaded on first use, so trainer-only code stays out of the trainee's main bundle. A
 * failed load (offline) says so instead of showing nothing.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const { t } = useGame();
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (loaded) return;
      load().then(
        (component) => {
          loaded = component;
          setState('ready');
        },
        () => setState('failed'),
      );
    }, []);
    if (state === 'failed')
      return (
        <p role="alert" class="error">
          {t('class.unreachable')}
        </p>
      );
    const Screen = loaded;
    return Screen ? <Screen {...props} /> : null;
  };
}
