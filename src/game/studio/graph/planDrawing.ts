import type { GraphEdge, GraphNode, ScenarioGraph } from './graphModel.ts';
import { nodeLines } from './describeNode.ts';
import { triggerLabel, triggerLines } from './edgeLabel.ts';
import type { LayoutInput } from './layoutGraph.ts';
import { LABEL_CHARS, LABEL_LINES, NODE_CHARS, clip, labelSize, nodeSize } from './textMetrics.ts';
import type { GraphTexts } from './texts.ts';

export interface DrawnNode {
  node: GraphNode;
  /** The lines in the box, clipped to fit. */
  lines: string[];
  /** The whole text, for the tooltip. */
  title: string;
}

/** All the edges between two nodes, drawn as one arrow with a label line per trigger. */
export interface EdgeBundle {
  id: string;
  from: string;
  to: string;
  edges: GraphEdge[];
  lines: string[];
  title: string;
  unknownTarget: boolean;
  /** Only the agent's silence leads this way: drawn dashed. */
  silenceOnly: boolean;
}

export interface GraphDrawingPlan {
  nodes: DrawnNode[];
  bundles: EdgeBundle[];
  layout: LayoutInput;
}

/** What to draw and how big, before the layout places it. */
export function planDrawing(graph: ScenarioGraph, texts: GraphTexts): GraphDrawingPlan {
  const nodes = graph.nodes.map((node) => {
    const full = nodeLines(node, texts);
    return { node, lines: full.map((line) => clip(line, NODE_CHARS)), title: full.join('\n') };
  });

  const byEnds = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const key = JSON.stringify([edge.from, edge.to]);
    byEnds.set(key, [...(byEnds.get(key) ?? []), edge]);
  }
  const bundles = [...byEnds.values()].map((edges, index): EdgeBundle => {
    // The same trigger twice (a reply and an anytime reaction alike) is written once.
    const unique = new Map<string, string[]>();
    for (const { trigger } of edges) if (trigger) unique.set(triggerLabel(trigger, texts), triggerLines(trigger, texts));
    const labels = [...unique.keys()];
    const lines = [...unique.values()].flat();
    const shown = lines.length > LABEL_LINES ? [...lines.slice(0, LABEL_LINES - 1), `+ ${lines.length - LABEL_LINES + 1}`] : lines;
    return {
      id: `edge-${index}`,
      from: edges[0]!.from,
      to: edges[0]!.to,
      edges,
      lines: shown.map((line) => clip(line, LABEL_CHARS)),
      title: labels.join('\n'),
      unknownTarget: edges.some((edge) => edge.unknownTarget),
      silenceOnly: edges.every((edge) => edge.trigger?.kind === 'silence'),
    };
  });

  return {
    nodes,
    bundles,
    layout: {
      nodes: nodes.map(({ node, lines }) => ({ id: node.id, ...nodeSize(lines) })),
      edges: bundles.map((bundle) => {
        const size = labelSize(bundle.lines);
        return { id: bundle.id, from: bundle.from, to: bundle.to, labelWidth: size.width, labelHeight: size.height };
      }),
    },
  };
}
