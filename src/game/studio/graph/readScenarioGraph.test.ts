import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { endId, type GraphEdge, type ScenarioGraph, type StateNode } from './graphModel.ts';
import { readScenarioGraph } from './readScenarioGraph.ts';

const graphOf = (yaml: string) => readScenarioGraph(parse(yaml));
const stateNamed = (graph: ScenarioGraph, name: string) => graph.nodes.find((node): node is StateNode => node.kind === 'state' && node.name === name)!;
const edgesFrom = (graph: ScenarioGraph, id: string) => graph.edges.filter((edge) => edge.from === id);
const arrow = (edge: GraphEdge) => `${edge.from} -> ${edge.to}`;

const BROKEN = `
states:
  hello:
    on:
      - when: [greeting, offer-help]
        if: { facts: [name], mood: { below: -2 } }
        goto: ask
      - when: goodbye
        goto: nowhere
  ask:
    silence:
      - after: 20
        say: Ci sei?
      - after: 40
        outcome: abandoned
    on:
      - when: thanks
        goto: stuck
  stuck:
    on:
      - when: hold
        say: Va bene.
  lonely:
    outcome: resolved
`;

describe('readScenarioGraph', () => {
  it('draws one node per state, the first listed as the start, and an edge per goto with its intents and guard', () => {
    const graph = graphOf(BROKEN);
    expect(graph.nodes.filter((node) => node.kind === 'state').map((node) => (node as StateNode).name)).toEqual(['hello', 'ask', 'stuck', 'lonely']);
    expect(stateNamed(graph, 'hello').start).toBe(true);
    expect(edgesFrom(graph, '@start').map(arrow)).toEqual(['@start -> state:hello']);
    const [toAsk] = edgesFrom(graph, 'state:hello');
    expect(toAsk).toMatchObject({ to: 'state:ask', path: ['states', 'hello', 'on', 0], unknownTarget: false });
    expect(toAsk!.trigger).toEqual({ kind: 'reply', intents: ['greeting', 'offer-help'], guard: { facts: ['name'], missing: [], moodBelow: -2, moodAtLeast: undefined } });
  });

  it('draws a goto to an unknown state red, to a missing node that opens the transition pointing at it', () => {
    const graph = graphOf(BROKEN);
    expect(edgesFrom(graph, 'state:hello')[1]).toMatchObject({ to: 'missing:nowhere', unknownTarget: true });
    expect(graph.nodes).toContainEqual({ kind: 'missing', id: 'missing:nowhere', name: 'nowhere', path: ['states', 'hello', 'on', 1] });
  });

  it('ends a chat at one end node per outcome, with silence steps timed from the last message', () => {
    const graph = graphOf(BROKEN);
    expect(edgesFrom(graph, 'state:ask').map(arrow)).toEqual(['state:ask -> state:stuck', `state:ask -> ${endId('state:ask', 'abandoned')}`]);
    expect(edgesFrom(graph, 'state:ask')[1]!.trigger).toEqual({ kind: 'silence', seconds: 60 });
    expect(graph.nodes.filter((node) => node.kind === 'end')).toEqual([{ kind: 'end', id: endId('state:ask', 'abandoned'), outcome: 'abandoned', from: 'state:ask' }]);
    expect(stateNamed(graph, 'lonely').outcome).toBe('resolved');
  });

  it('marks unreachable states, dead ends and states that can never end', () => {
    const graph = graphOf(BROKEN);
    expect(stateNamed(graph, 'lonely')).toMatchObject({ reachable: false, deadEnd: false });
    expect(stateNamed(graph, 'stuck')).toMatchObject({ reachable: true, deadEnd: true, neverEnds: false });
    expect(stateNamed(graph, 'hello')).toMatchObject({ reachable: true, deadEnd: false, neverEnds: false });

    const loop = graphOf('states:\n  a: { on: [{ when: any, goto: b }] }\n  b: { on: [{ when: any, goto: a }] }\n');
    expect(stateNamed(loop, 'a')).toMatchObject({ deadEnd: false, neverEnds: true });
  });

  it('draws anytime reactions and default silence from their own markers, and counts them as ways out', () => {
    const graph = graphOf(`
start: b
defaults: { silence: [{ after: 30 }, { after: 45, outcome: abandoned }] }
anytime: [{ when: escalation, goto: manager }, { when: asked-again, say: Gliel'ho detto. }]
states:
  a: { silence: [] }
  b: { on: [{ when: any, goto: a }] }
  manager: { outcome: escalated }
`);
    expect(stateNamed(graph, 'b').start).toBe(true);
    expect(stateNamed(graph, 'a').start).toBe(false);
    expect(edgesFrom(graph, '@anytime').map(arrow)).toEqual(['@anytime -> state:manager']);
    expect(edgesFrom(graph, '@defaults')).toEqual([
      { from: '@defaults', to: endId('@defaults', 'abandoned'), trigger: { kind: 'silence', seconds: 75 }, path: ['defaults', 'silence', 1], unknownTarget: false },
    ]);
    expect(stateNamed(graph, 'a')).toMatchObject({ usesDefaultSilence: false, deadEnd: false, reachable: true });
    expect(stateNamed(graph, 'b').usesDefaultSilence).toBe(true);
    expect(stateNamed(graph, 'manager')).toMatchObject({ usesDefaultSilence: false, reachable: true });
  });

  it('leaves out default silence when every state has its own', () => {
    const graph = graphOf('defaults: { silence: [{ after: 5, goto: x }] }\nstates:\n  a: { silence: [{ after: 5, outcome: abandoned }] }\n');
    expect(graph.nodes.map((node) => node.id)).toEqual(['@start', 'state:a', endId('state:a', 'abandoned')]);
    expect(graph.edges.some((edge) => edge.to === 'missing:x')).toBe(false);
  });

  it('points an unknown start at a missing node and then flags no state unreachable', () => {
    const graph = graphOf('start: begin\nstates:\n  a: { outcome: resolved }\n  b: { outcome: resolved }\n');
    expect(edgesFrom(graph, '@start')).toEqual([{ from: '@start', to: 'missing:begin', trigger: undefined, path: ['start'], unknownTarget: true }]);
    expect(stateNamed(graph, 'b').reachable).toBe(true);
  });

  it('draws what it can of half-written or hostile input, and never throws', () => {
    for (const raw of [undefined, null, 42, 'states', [], { states: [] }, { states: null }, { states: { a: null, b: 'text', c: [] } }, { states: { a: { on: 'goto b', silence: { after: 3 } } } }]) {
      expect(() => readScenarioGraph(raw)).not.toThrow();
    }
    expect(readScenarioGraph(null)).toEqual({ nodes: [], edges: [] });
    const half = readScenarioGraph({ states: { a: null, b: { on: [null, { when: 7, goto: 'a' }, { goto: '' }], silence: [{ after: 'x', goto: 'a' }] } } });
    expect(half.edges.map(arrow)).toEqual(['@start -> state:a', 'state:b -> state:a', 'state:b -> state:a']);
    expect(half.edges[1]!.trigger).toEqual({ kind: 'reply', intents: [], guard: undefined });
    expect(half.edges[2]!.trigger).toEqual({ kind: 'silence', seconds: undefined });
    expect(stateNamed(half, 'a').deadEnd).toBe(true);
  });

  it('finds no unknown target, unreachable state or dead end in the bundled scenarios', () => {
    const folder = new URL('../../../../scenarios/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const graph = readScenarioGraph(parse(readFileSync(new URL(file, folder), 'utf8')));
      const states = graph.nodes.filter((node): node is StateNode => node.kind === 'state');
      expect(states.length, file).toBeGreaterThan(2);
      expect(
        graph.edges.filter((edge) => edge.unknownTarget),
        file,
      ).toEqual([]);
      expect(
        states.filter((state) => !state.reachable || state.deadEnd || state.neverEnds).map((state) => state.name),
        file,
      ).toEqual([]);
      expect(
        states.filter((state) => state.start),
        file,
      ).toHaveLength(1);
    }
  });
});
