import { useEffect, useState } from 'preact/hooks';
import type { Dagre } from './layoutGraph.ts';
import { loadDagre } from './loadDagre.ts';

export type DagreLoad = { status: 'loading' } | { status: 'ready'; dagre: Dagre } | { status: 'failed' };

let loaded: Dagre | undefined;

/** dagre, loaded once on the graph's first showing; a failed load (offline) says so. */
export function useDagre(): DagreLoad {
  const [load, setLoad] = useState<DagreLoad>(loaded ? { status: 'ready', dagre: loaded } : { status: 'loading' });
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadDagre().then(
      (dagre) => {
        loaded = dagre;
        if (current) setLoad({ status: 'ready', dagre });
      },
      () => current && setLoad({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, []);
  return load;
}
