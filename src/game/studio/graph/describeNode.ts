import { DEFAULTS_ID, type GraphNode, type ScenarioGraph } from './graphModel.ts';
import { fillText, type GraphTexts } from './texts.ts';

/** Marks that say what is wrong in words and a symbol, never by colour alone. */
export const DEAD_END_MARK = '⊘';
export const NEVER_ENDS_MARK = '↻';
export const START_MARK = '▶';

const known = (texts: GraphTexts, key: string): string | undefined => (Object.hasOwn(texts, key) ? texts[key as keyof GraphTexts] : undefined);
export const phaseLabel = (phase: string, texts: GraphTexts) => known(texts, `phase.${phase}`) ?? phase;
export const outcomeLabel = (outcome: string, texts: GraphTexts) => known(texts, `outcome.${outcome}`) ?? outcome;

/** The lines written in a node's box: its name first. */
export function nodeLines(node: GraphNode, texts: GraphTexts): string[] {
  switch (node.kind) {
    case 'state':
      return [
        node.start ? `${START_MARK} ${node.name}` : node.name,
        ...(node.phase !== undefined ? [phaseLabel(node.phase, texts)] : []),
        ...(node.outcome !== undefined ? [fillText(texts.ends, { outcome: outcomeLabel(node.outcome, texts) })] : []),
        ...stateFlags(node, texts),
      ];
    case 'missing':
      return [node.name, texts.missing];
    case 'end':
      return [outcomeLabel(node.outcome, texts)];
    case 'start':
      return [texts.start];
    case 'anytime':
      return [texts.anytime];
    case 'defaults':
      return [texts.defaults];
  }
}

/** What is wrong with a state: unreachable, dead end, never ending; drawn with a symbol, read out without. */
export function stateFlags(node: Extract<GraphNode, { kind: 'state' }>, texts: GraphTexts, marks = true): string[] {
  const mark = (symbol: string, text: string) => (marks ? `${symbol} ${text}` : text);
  return [...(node.reachable ? [] : [texts.unreachable]), ...(node.deadEnd ? [mark(DEAD_END_MARK, texts.deadEnd)] : []), ...(node.neverEnds ? [mark(NEVER_ENDS_MARK, texts.neverEnds)] : [])];
}

/** The ways out drawn from a node; a state without its own timers counts the default silence's too. */
export function exitCount(graph: ScenarioGraph, node: GraphNode): number {
  const from = (id: string) => graph.edges.filter((edge) => edge.from === id).length;
  return from(node.id) + (node.kind === 'state' && node.usesDefaultSilence ? from(DEFAULTS_ID) : 0);
}

export function exitsText(count: number, texts: GraphTexts): string {
  return count === 0 ? texts.exitsNone : count === 1 ? texts.exitsOne : fillText(texts.exitsMany, { count });
}

/** What a screen reader says of a node one can open: "Stato request, fase gestione, 3 uscite, vicolo cieco". */
export function nodeAccessibleName(node: GraphNode, graph: ScenarioGraph, texts: GraphTexts): string {
  const exits = exitsText(exitCount(graph, node), texts);
  switch (node.kind) {
    case 'state':
      return [
        fillText(texts.stateName, { name: node.name }),
        ...(node.start ? [texts.startState] : []),
        ...(node.phase !== undefined ? [fillText(texts.phase, { phase: phaseLabel(node.phase, texts) })] : []),
        node.outcome !== undefined ? fillText(texts.ends, { outcome: outcomeLabel(node.outcome, texts) }) : exits,
        ...stateFlags(node, texts, false),
      ].join(', ');
    case 'missing':
      return fillText(texts.missingName, { name: node.name });
    case 'anytime':
      return fillText(texts.anytimeName, { exits });
    case 'defaults':
      return fillText(texts.defaultsName, { exits });
    case 'end':
      return fillText(texts.ends, { outcome: outcomeLabel(node.outcome, texts) });
    case 'start':
      return texts.start;
  }
}
