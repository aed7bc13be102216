import dagre from '@dagrejs/dagre';
import { describe, expect, it } from 'vitest';
import { layoutGraph, type GraphLayout, type LayoutInput } from './layoutGraph.ts';

const INPUT: LayoutInput = {
  nodes: [
    { id: 'start', width: 60, height: 24 },
    { id: 'a', width: 120, height: 40 },
    { id: 'b', width: 90, height: 56 },
    { id: 'c', width: 140, height: 40 },
    { id: 'end', width: 80, height: 24 },
  ],
  edges: [
    { id: 'e0', from: 'start', to: 'a', labelWidth: 0, labelHeight: 0 },
    { id: 'e1', from: 'a', to: 'b', labelWidth: 70, labelHeight: 14 },
    { id: 'e2', from: 'a', to: 'c', labelWidth: 90, labelHeight: 28 },
    { id: 'e3', from: 'b', to: 'a', labelWidth: 40, labelHeight: 14 },
    { id: 'e4', from: 'b', to: 'b', labelWidth: 40, labelHeight: 14 },
    { id: 'e5', from: 'c', to: 'end', labelWidth: 60, labelHeight: 14 },
    { id: 'e6', from: 'c', to: 'end', labelWidth: 60, labelHeight: 14 },
  ],
};

const numbers = (layout: GraphLayout) => [
  layout.width,
  layout.height,
  ...layout.nodes.flatMap((box) => [box.x, box.y, box.width, box.height]),
  ...layout.edges.flatMap((line) => [line.label.x, line.label.y, ...line.points.flatMap((point) => [point.x, point.y])]),
];

describe('layoutGraph', () => {
  it('places every node and routes every edge, with finite numbers inside the drawing', () => {
    const layout = layoutGraph(dagre, INPUT);
    expect(layout.nodes.map((box) => box.id)).toEqual(INPUT.nodes.map((node) => node.id));
    expect(layout.edges.map((line) => line.id)).toEqual(INPUT.edges.map((edge) => edge.id));
    expect(numbers(layout).every(Number.isFinite)).toBe(true);
    for (const box of layout.nodes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
    for (const line of layout.edges) {
      expect(line.points.length).toBeGreaterThanOrEqual(2);
      for (const point of [...line.points, line.label]) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(layout.width);
        expect(point.y).toBeLessThanOrEqual(layout.height);
      }
    }
    const loop = layout.edges.find((line) => line.id === 'e4')!;
    expect(loop.label.x + 40 / 2).toBeLessThanOrEqual(layout.width);
  });

  it('lays out top to bottom: a node sits below the one its only way in comes from', () => {
    const layout = layoutGraph(dagre, INPUT);
    const box = (id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(box('a').y).toBeGreaterThan(box('start').y + box('start').height);
    expect(box('end').y).toBeGreaterThan(box('c').y + box('c').height);
  });

  it('gives the same layout for the same input', () => {
    expect(layoutGraph(dagre, INPUT)).toEqual(layoutGraph(dagre, structuredClone(INPUT)));
  });

  it('leaves out an edge to a node it was not given, and lays out an empty graph', () => {
    const layout = layoutGraph(dagre, { nodes: INPUT.nodes, edges: [...INPUT.edges, { id: 'stray', from: 'a', to: 'nowhere', labelWidth: 10, labelHeight: 10 }] });
    expect(layout.edges.map((line) => line.id)).not.toContain('stray');
    expect(layout.nodes).toHaveLength(INPUT.nodes.length);
    expect(layoutGraph(dagre, { nodes: [], edges: [] })).toMatchObject({ nodes: [], edges: [] });
  });
});
