import type { DocumentPath } from '../studioPart.ts';

/** Facts and mood a transition waits for (`if:`), as far as they can be read. */
export interface GuardSummary {
  facts: string[];
  missing: string[];
  moodBelow: number | undefined;
  moodAtLeast: number | undefined;
}

/** What makes the customer move: a reply with one of these intents, or the agent's silence. */
export type Trigger =
  | { kind: 'reply'; intents: string[]; guard: GuardSummary | undefined }
  /** `seconds` counts from the last message to this step (the steps before it included); undefined when a step's `after` is unreadable. */
  | { kind: 'silence'; seconds: number | undefined };

export interface StateNode {
  kind: 'state';
  id: string;
  name: string;
  phase: string | undefined;
  /** A terminal state's outcome: the chat ends on entering it. */
  outcome: string | undefined;
  start: boolean;
  /** Without its own `silence`, the state follows `defaults.silence`. */
  usesDefaultSilence: boolean;
  /** False when no path leads here from the start (always true when the start is unknown). */
  reachable: boolean;
  /** Not terminal, and nothing leads out: no goto to another state, no outcome. */
  deadEnd: boolean;
  /** Not terminal and not a dead end, but no path from here ever reaches an outcome (a closed loop). */
  neverEnds: boolean;
}

/** A `goto` target that names no state. */
export interface MissingNode {
  kind: 'missing';
  id: string;
  name: string;
  /** The first transition or step that points here, to open its form. */
  path: DocumentPath;
}

/**
 * The end of the chat with this outcome, one beside each node it ends from: long arrows from all over
 * the graph to one shared end would cross everything and slow the layout down.
 */
export interface EndNode {
  kind: 'end';
  id: string;
  outcome: string;
  /** The node whose transitions or timers end the chat here. */
  from: string;
}

/** Where `start`, `anytime` and `defaults.silence` edges come from: not states, but drawn as small markers. */
export interface SourceNode {
  kind: 'start' | 'anytime' | 'defaults';
  id: string;
}

export type GraphNode = StateNode | MissingNode | EndNode | SourceNode;

export interface GraphEdge {
  from: string;
  to: string;
  /** Undefined for the start marker's edge. */
  trigger: Trigger | undefined;
  /** The transition or silence step in the document. */
  path: DocumentPath;
  unknownTarget: boolean;
}

export interface ScenarioGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const START_ID = '@start';
export const ANYTIME_ID = '@anytime';
export const DEFAULTS_ID = '@defaults';
// Prefixes keep a state called "start" or "resolved" apart from the markers and ends.
export const stateId = (name: string) => `state:${name}`;
export const missingId = (name: string) => `missing:${name}`;
export const endId = (from: string, outcome: string) => `end:${JSON.stringify([from, outcome])}`;
