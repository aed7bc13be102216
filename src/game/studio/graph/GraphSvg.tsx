import { useId } from 'preact/hooks';
import type { DocumentPath } from '../studioPart.ts';
import { nodeAccessibleName } from './describeNode.ts';
import type { ScenarioGraph } from './graphModel.ts';
import { GraphArrow } from './GraphArrow.tsx';
import { GraphNodeBox } from './GraphNodeBox.tsx';
import type { GraphLayout } from './layoutGraph.ts';
import { nodeTarget } from './nodeTarget.ts';
import type { GraphDrawingPlan } from './planDrawing.ts';
import type { GraphTexts } from './texts.ts';

interface Props {
  graph: ScenarioGraph;
  plan: GraphDrawingPlan;
  layout: GraphLayout;
  texts: GraphTexts;
  /** Drawn at its own size (scrolled in its box) or, when wider, shrunk to the box's width. */
  fitWidth: boolean;
  onNavigate(path: DocumentPath): void;
}

/** The laid-out graph: arrows first, so that the boxes sit on top of their ends. */
export function GraphSvg({ graph, plan, layout, texts, fitWidth, onNavigate }: Props) {
  const uid = useId();
  const arrowhead = { normal: `${uid}-arrow`, unknown: `${uid}-arrow-unknown` };
  const boxes = new Map(layout.nodes.map((box) => [box.id, box]));
  const lines = new Map(layout.edges.map((line) => [line.id, line]));
  return (
    <svg class={fitWidth ? 'graph-svg is-fitted' : 'graph-svg'} role="group" viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height}>
      <defs>
        {[
          [arrowhead.normal, 'arrowhead'],
          [arrowhead.unknown, 'arrowhead is-unknown'],
        ].map(([id, className]) => (
          <marker key={id} id={id} class={className} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto">
            <path d="M0 0 L10 5 L0 10 z" />
          </marker>
        ))}
      </defs>
      <g aria-hidden="true">
        {plan.bundles.map((bundle) => {
          const line = lines.get(bundle.id);
          return line && <GraphArrow key={bundle.id} bundle={bundle} line={line} arrowhead={arrowhead} />;
        })}
      </g>
      {plan.nodes.map(({ node, lines: text, title }) => {
        const box = boxes.get(node.id);
        const target = nodeTarget(node);
        if (!box) return null;
        return (
          <GraphNodeBox
            key={node.id}
            node={node}
            box={box}
            lines={text}
            title={title}
            accessibleName={target ? nodeAccessibleName(node, graph, texts) : undefined}
            onOpen={() => target && onNavigate(target)}
          />
        );
      })}
    </svg>
  );
}
