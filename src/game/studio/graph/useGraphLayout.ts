import { useMemo, useRef } from 'preact/hooks';
import { layoutGraph, type GraphLayout, type LayoutInput } from './layoutGraph.ts';
import { useDagre } from './useDagre.ts';

/** Beyond this many boxes the layout takes seconds and the drawing is unreadable anyway: the text list stands in. */
export const MAX_DRAWN_NODES = 150;

export type GraphLayoutState = { status: 'loading' | 'failed' | 'too-large' } | { status: 'ready'; layout: GraphLayout };

/**
 * The layout of the graph, computed again only when its shape changes: editing what a customer says
 * redraws nothing, while adding a state or a goto does.
 */
export function useGraphLayout(input: LayoutInput): GraphLayoutState {
  const dagre = useDagre();
  const last = useRef<{ key: string; layout: GraphLayout } | undefined>(undefined);
  const key = useMemo(() => JSON.stringify(input), [input]);
  if (input.nodes.length > MAX_DRAWN_NODES) return { status: 'too-large' };
  if (dagre.status !== 'ready') return { status: dagre.status };
  if (last.current?.key !== key) last.current = { key, layout: layoutGraph(dagre.dagre, input) };
  return { status: 'ready', layout: last.current.layout };
}
