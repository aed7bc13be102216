import type dagreModule from '@dagrejs/dagre';

export type Dagre = typeof dagreModule;

export interface Point {
  x: number;
  y: number;
}

export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; from: string; to: string; labelWidth: number; labelHeight: number }[];
}

/** A node's box, from its top-left corner. */
export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeLine {
  id: string;
  points: Point[];
  /** The centre of the edge's label. */
  label: Point;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeLine[];
}

const SPACING = { rankdir: 'TB', nodesep: 28, edgesep: 14, ranksep: 44, marginx: 12, marginy: 12 } as const;

/**
 * Places the nodes top to bottom with dagre and routes the edges between them. dagre is passed in
 * rather than imported so that it loads only with the graph (see loadDagre.ts). The same input
 * always gives the same layout; an edge whose end is not among the nodes is left out.
 */
export function layoutGraph(dagre: Dagre, input: LayoutInput): GraphLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ ...SPACING });
  const ids = new Set(input.nodes.map((node) => node.id));
  for (const node of input.nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  const edges = input.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to));
  for (const edge of edges) graph.setEdge(edge.from, edge.to, { width: edge.labelWidth, height: edge.labelHeight, labelpos: 'c' }, edge.id);
  dagre.layout(graph);

  const nodes = input.nodes.map((node) => {
    const placed = graph.node(node.id) as { x: number; y: number };
    return { id: node.id, x: placed.x - node.width / 2, y: placed.y - node.height / 2, width: node.width, height: node.height };
  });
  const boxes = new Map(nodes.map((box) => [box.id, box]));
  const lines = edges.map((edge): EdgeLine => {
    const placed = graph.edge({ v: edge.from, w: edge.to, name: edge.id }) as { points: Point[]; x?: number; y?: number };
    // dagre keeps room for a loop's label beside its node, but routes the loop itself oddly (outside the drawing): it is drawn here instead.
    if (edge.from === edge.to) return loopBeside(boxes.get(edge.from)!, edge.id, edge.labelWidth, placed.x);
    const points = placed.points.map(({ x, y }) => ({ x, y }));
    // An edge without a label has no label position: its middle point stands in.
    const label = placed.x !== undefined && placed.y !== undefined ? { x: placed.x, y: placed.y } : points[Math.floor(points.length / 2)]!;
    return { id: edge.id, points, label };
  });
  const size = graph.graph() as { width?: number; height?: number };
  const loopsReach = Math.max(0, ...edges.map((edge, index) => (edge.from === edge.to ? lines[index]!.label.x + edge.labelWidth / 2 + SPACING.marginx : 0)));
  return { width: Math.max(size.width ?? 0, loopsReach), height: size.height ?? 0, nodes, edges: lines };
}

const LOOP = 22;
const rightOf = (box: NodeBox) => box.x + box.width;

/** A small loop on a node's right side, its label after it (where dagre kept room for it, when it did). */
function loopBeside(box: NodeBox, id: string, labelWidth: number, labelX: number | undefined): EdgeLine {
  const right = rightOf(box);
  const middle = box.y + box.height / 2;
  const points = [
    { x: right, y: middle - 8 },
    { x: right + LOOP, y: middle - 12 },
    { x: right + LOOP, y: middle + 12 },
    { x: right, y: middle + 8 },
  ];
  return { id, points, label: { x: Math.max(labelX ?? 0, right + LOOP + 4 + labelWidth / 2), y: middle } };
}
