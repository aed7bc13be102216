import type { GraphNode } from './graphModel.ts';
import type { NodeBox } from './layoutGraph.ts';
import { NODE_FONT, NODE_LINE, NODE_PADDING } from './textMetrics.ts';

interface Props {
  node: GraphNode;
  box: NodeBox;
  lines: readonly string[];
  title: string;
  /** Given for a node that opens a form: then it is a focusable button with this name. */
  accessibleName: string | undefined;
  onOpen(): void;
}

/** The classes that give a node its look; every look has words or a symbol too, never colour alone. */
function nodeClasses(node: GraphNode): string {
  const classes = ['graph-node', `is-${node.kind}`];
  if (node.kind === 'state') {
    if (!node.reachable) classes.push('is-unreachable');
    if (node.deadEnd || node.neverEnds) classes.push('is-stuck');
    if (node.outcome !== undefined) classes.push('is-terminal');
  }
  return classes.join(' ');
}

/** One node: a labelled box, a button when it opens something. */
export function GraphNodeBox({ node, box, lines, title, accessibleName, onOpen }: Props) {
  const round = node.kind === 'state' || node.kind === 'missing' ? 6 : box.height / 2;
  const interactive = accessibleName !== undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onOpen();
  };
  return (
    <g
      class={nodeClasses(node)}
      transform={`translate(${box.x} ${box.y})`}
      {...(interactive ? { role: 'button', tabindex: 0, 'aria-label': accessibleName, onClick: onOpen, onKeyDown } : { 'aria-hidden': 'true' })}
    >
      <title>{title}</title>
      <rect class="focus-ring" x={-4} y={-4} width={box.width + 8} height={box.height + 8} rx={round + 4} />
      <rect class="node-box" width={box.width} height={box.height} rx={round} />
      {node.kind === 'state' && node.outcome !== undefined && <rect class="node-inner" x={3} y={3} width={box.width - 6} height={box.height - 6} rx={round - 2} />}
      {lines.map((line, index) => (
        <text key={index} class={index === 0 ? 'node-name' : 'node-detail'} x={box.width / 2} y={NODE_PADDING.y + NODE_LINE * index + NODE_FONT} text-anchor="middle">
          {line}
        </text>
      ))}
    </g>
  );
}
