import type { DocumentPath } from '../studioPart.ts';
import { ANYTIME_ID, DEFAULTS_ID, START_ID, endId, missingId, stateId, type GraphEdge, type GraphNode, type ScenarioGraph, type Trigger } from './graphModel.ts';
import { machineShape, type Exit, type StateShape } from './machineShape.ts';
import { readGuard } from './readGuard.ts';
import { asList, asMapping, asNames, asNumber, asText, keysOf } from './rawValue.ts';

/**
 * The states and transitions of a scenario's parsed YAML, valid or not: whatever has the expected
 * shape is drawn, the rest is left out. Never throws.
 */
export function readScenarioGraph(raw: unknown): ScenarioGraph {
  const scenario = asMapping(raw);
  const states = asMapping(scenario?.states);
  const names = keysOf(states);
  const known = new Set(names);
  const edges: GraphEdge[] = [];
  const missing = new Map<string, DocumentPath>();
  const ends = new Map<string, { from: string; outcome: string }>();

  /** The edges a transition or a silence step draws, and the way out it gives for the machine's shape. */
  const addEffect = (from: string, effect: Record<string, unknown>, trigger: Trigger | undefined, path: DocumentPath): Exit => {
    const goto = asText(effect.goto);
    const outcome = asText(effect.outcome);
    if (goto !== undefined) {
      const unknownTarget = !known.has(goto);
      if (unknownTarget && !missing.has(goto)) missing.set(goto, path);
      edges.push({ from, to: unknownTarget ? missingId(goto) : stateId(goto), trigger, path, unknownTarget });
    }
    if (outcome !== undefined) {
      const to = endId(from, outcome);
      ends.set(to, { from, outcome });
      edges.push({ from, to, trigger, path, unknownTarget: false });
    }
    return { goto, outcome };
  };
  const addTransitions = (from: string, list: unknown, path: DocumentPath): Exit[] =>
    asList(list).flatMap((item, index) => {
      const transition = asMapping(item);
      if (!transition) return [];
      return [addEffect(from, transition, { kind: 'reply', intents: asNames(transition.when), guard: readGuard(transition.if) }, [...path, index])];
    });
  const addSilence = (from: string, list: unknown, path: DocumentPath): Exit[] => {
    // Each step counts from the one before, so a step's time is the sum of the `after`s up to it.
    let seconds: number | undefined = 0;
    return asList(list).flatMap((item, index) => {
      const step = asMapping(item);
      const after = asNumber(step?.after);
      seconds = seconds === undefined || after === undefined ? undefined : seconds + after;
      return step ? [addEffect(from, step, { kind: 'silence', seconds }, [...path, index])] : [];
    });
  };

  const stateOf = (name: string) => asMapping(states![name]) ?? {};
  const hasOwnSilence = (name: string) => Array.isArray(stateOf(name).silence);
  const isTerminal = (name: string) => asText(stateOf(name).outcome) !== undefined;
  const defaultsApply = names.some((name) => !hasOwnSilence(name) && !isTerminal(name));

  const anytimeExits = addTransitions(ANYTIME_ID, scenario?.anytime, ['anytime']);
  const anytimeEdges = edges.length;
  const defaultExits = defaultsApply ? addSilence(DEFAULTS_ID, asMapping(scenario?.defaults)?.silence, ['defaults', 'silence']) : [];
  const defaultEdges = edges.length - anytimeEdges;

  const shapes = new Map<string, StateShape>();
  for (const name of names) {
    const id = stateId(name);
    const ownExits = [...addTransitions(id, stateOf(name).on, ['states', name, 'on']), ...(hasOwnSilence(name) ? addSilence(id, stateOf(name).silence, ['states', name, 'silence']) : [])];
    shapes.set(name, { terminal: isTerminal(name), exits: [...anytimeExits, ...ownExits, ...(hasOwnSilence(name) ? [] : defaultExits)] });
  }

  const nodes: GraphNode[] = [];
  const start = asText(scenario?.start) ?? names[0];
  if (start !== undefined) {
    nodes.push({ kind: 'start', id: START_ID });
    const unknownTarget = !known.has(start);
    if (unknownTarget && !missing.has(start)) missing.set(start, ['start']);
    edges.unshift({ from: START_ID, to: unknownTarget ? missingId(start) : stateId(start), trigger: undefined, path: ['start'], unknownTarget });
  }
  if (anytimeEdges > 0) nodes.push({ kind: 'anytime', id: ANYTIME_ID });
  if (defaultEdges > 0) nodes.push({ kind: 'defaults', id: DEFAULTS_ID });

  const shape = machineShape(shapes, start !== undefined && known.has(start) ? start : undefined);
  for (const name of names) {
    const state = stateOf(name);
    nodes.push({
      kind: 'state',
      id: stateId(name),
      name,
      phase: asText(state.phase),
      outcome: asText(state.outcome),
      start: name === start,
      usesDefaultSilence: !hasOwnSilence(name) && !isTerminal(name),
      reachable: shape.reachable.has(name),
      deadEnd: shape.deadEnds.has(name),
      neverEnds: shape.neverEnding.has(name),
    });
  }
  for (const [name, path] of missing) nodes.push({ kind: 'missing', id: missingId(name), name, path });
  for (const [id, end] of ends) nodes.push({ kind: 'end', id, ...end });

  return { nodes, edges };
}
