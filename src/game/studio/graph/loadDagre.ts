import type { Dagre } from './layoutGraph.ts';

/** dagre on first use only, so that it travels in the graph's own chunk. */
export async function loadDagre(): Promise<Dagre> {
  return (await import('@dagrejs/dagre')).default;
}
