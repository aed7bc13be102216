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
  // dagre routes a loop back to the same node oddly (outside its own bounds): those are drawn beside the node instead.
  for (const edge of edges) {
    if (edge.from !== edge.to) graph.setEdge(edge.from, edge.to, { width: edge.labelWidth, height: edge.labelHeight, labelpos: 'c' }, edge.id);
  }
  dagre.layout(graph);

  const nodes = input.nodes.map((node) => {
    const placed = graph.node(node.id) as { x: number; y: number };
    return { id: node.id, x: placed.x - node.width / 2, y: placed.y - node.height / 2, width: node.width, height: node.height };
  });
  const boxes = new Map(nodes.map((box) => [box.id, box]));
  const lines = edges.map((edge): EdgeLine => {
    if (edge.from === edge.to) return loopBeside(boxes.get(edge.from)!, edge.id, edge.labelWidth);
    const placed = graph.edge({ v: edge.from, w: edge.to, name: edge.id }) as { points: Point[]; x?: number; y?: number };
    const points = placed.points.map(({ x, y }) => ({ x, y }));
    // An edge without a label has no label position: its middle point stands in.
    const label = placed.x !== undefined && placed.y !== undefined ? { x: placed.x, y: placed.y } : points[Math.floor(points.length / 2)]!;
    return { id: edge.id, points, label };
  });
  const size = graph.graph() as { width?: number; height?: number };
  const loopsReach = Math.max(0, ...edges.filter((edge) => edge.from === edge.to).map((edge) => rightOf(boxes.get(edge.from)!) + LOOP + 4 + edge.labelWidth + SPACING.marginx));
  return { width: Math.max(size.width ?? 0, loopsReach), height: size.height ?? 0, nodes, edges: lines };
}

const LOOP = 22;
const rightOf = (box: NodeBox) => box.x + box.width;

/** A small loop on a node's right side, its label after it. */
function loopBeside(box: NodeBox, id: string, labelWidth: number): EdgeLine {
  const right = rightOf(box);
  const middle = box.y + box.height / 2;
  const points = [
    { x: right, y: middle - 8 },
    { x: right + LOOP, y: middle - 12 },
    { x: right + LOOP, y: middle + 12 },
    { x: right, y: middle + 8 },
  ];
  return { id, points, label: { x: right + LOOP + 4 + labelWidth / 2, y: middle } };
}
