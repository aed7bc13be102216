import type { DocumentPath } from '../studioPart.ts';
import { outcomeLabel, phaseLabel, stateFlags } from './describeNode.ts';
import { triggerLabel } from './edgeLabel.ts';
import { ANYTIME_ID, DEFAULTS_ID, type GraphNode, type ScenarioGraph } from './graphModel.ts';
import { fillText, type GraphTexts } from './texts.ts';

interface Props {
  graph: ScenarioGraph;
  texts: GraphTexts;
  /** Opened from the start when it stands in for a graph too large to draw. */
  open: boolean;
  onNavigate(path: DocumentPath): void;
}

/** The graph as text, for screen readers and for anyone who prefers a list: each state and where it leads. */
export function StateList({ graph, texts, open, onNavigate }: Props) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const targetName = (id: string) => {
    const node = byId.get(id);
    if (node?.kind === 'state') return node.name;
    if (node?.kind === 'missing') return fillText(texts.missingTarget, { name: node.name });
    if (node?.kind === 'end') return fillText(texts.ends, { outcome: outcomeLabel(node.outcome, texts) });
    return id;
  };
  const exitsFrom = (id: string) =>
    graph.edges.flatMap((edge) => (edge.from === id && edge.trigger ? [fillText(texts.exit, { trigger: triggerLabel(edge.trigger, texts), target: targetName(edge.to) })] : []));
  const states = graph.nodes.filter((node): node is Extract<GraphNode, { kind: 'state' }> => node.kind === 'state');
  const anytime = exitsFrom(ANYTIME_ID);
  const defaults = exitsFrom(DEFAULTS_ID);

  return (
    <details class="graph-list" open={open}>
      <summary>{texts.listToggle}</summary>
      {anytime.length > 0 && <p>{texts.anytimeNote}</p>}
      <ul>
        {anytime.length > 0 && <ListEntry name={texts.anytime} details={[]} exits={anytime} onOpen={() => onNavigate(['anytime'])} />}
        {defaults.length > 0 && states.some((state) => state.usesDefaultSilence) && (
          <ListEntry name={texts.defaults} details={[]} exits={defaults} onOpen={() => onNavigate(['defaults', 'silence'])} />
        )}
        {states.map((state) => {
          const exits = exitsFrom(state.id);
          const details = [
            ...(state.start ? [texts.startState] : []),
            ...(state.phase !== undefined ? [fillText(texts.phase, { phase: phaseLabel(state.phase, texts) })] : []),
            ...(state.outcome !== undefined ? [fillText(texts.ends, { outcome: outcomeLabel(state.outcome, texts) })] : []),
            ...stateFlags(state, texts),
          ];
          const notes = [...(state.usesDefaultSilence && defaults.length > 0 ? [texts.usesDefaults] : []), ...(exits.length === 0 && state.outcome === undefined ? [texts.stays] : [])];
          return <ListEntry key={state.id} name={state.name} details={details} exits={[...exits, ...notes]} onOpen={() => onNavigate(['states', state.name])} />;
        })}
      </ul>
    </details>
  );
}

function ListEntry({ name, details, exits, onOpen }: { name: string; details: string[]; exits: string[]; onOpen(): void }) {
  return (
    <li>
      <button type="button" class="link" onClick={onOpen}>
        {name}
      </button>
      {details.length > 0 && <span>{` (${details.join(', ')})`}</span>}
      {exits.length > 0 && (
        <ul>
          {exits.map((exit, index) => (
            <li key={index}>{exit}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
