import type { EdgeLine } from './layoutGraph.ts';
import type { EdgeBundle } from './planDrawing.ts';
import { LABEL_FONT, LABEL_LINE, labelSize } from './textMetrics.ts';

interface Props {
  bundle: EdgeBundle;
  line: EdgeLine;
  /** The arrowhead markers' ids, one per colour. */
  arrowhead: { normal: string; unknown: string };
}

const pathThrough = (points: EdgeLine['points']) => points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ');

/** One arrow with its label, a line per trigger. Screen readers get the same in the list of states. */
export function GraphArrow({ bundle, line, arrowhead }: Props) {
  const classes = ['graph-edge', bundle.unknownTarget ? 'is-unknown' : '', bundle.silenceOnly ? 'is-silence' : ''].filter(Boolean).join(' ');
  const size = labelSize(bundle.lines);
  const top = line.label.y - size.height / 2;
  return (
    <g class={classes}>
      <title>{bundle.title}</title>
      <path class="edge-line" d={pathThrough(line.points)} marker-end={`url(#${bundle.unknownTarget ? arrowhead.unknown : arrowhead.normal})`} />
      {bundle.lines.length > 0 && (
        <g class="edge-label">
          <rect x={line.label.x - size.width / 2} y={top} width={size.width} height={size.height} rx={3} />
          {bundle.lines.map((text, index) => (
            <text key={index} x={line.label.x} y={top + 2 + LABEL_LINE * index + LABEL_FONT} text-anchor="middle">
              {text}
            </text>
          ))}
        </g>
      )}
    </g>
  );
}
