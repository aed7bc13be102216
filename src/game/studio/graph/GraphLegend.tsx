import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { DEAD_END_MARK, NEVER_ENDS_MARK } from './describeNode.ts';
import type { GraphTexts } from './texts.ts';

/** What the colours, dashes and symbols mean; each swatch repeats the drawing's own look. */
export function GraphLegend({ texts }: { texts: GraphTexts }) {
  const titleId = useId();
  const swatch = (className: string, content: ComponentChildren) => (
    <svg class={`legend-swatch ${className}`} width="34" height="18" viewBox="0 0 34 18" aria-hidden="true">
      {content}
    </svg>
  );
  const box = <rect class="node-box" x="2" y="2" width="30" height="14" rx="4" />;
  const line = <line class="edge-line" x1="2" y1="9" x2="32" y2="9" />;
  const items: [ComponentChildren, string][] = [
    [swatch('graph-edge is-unknown', line), texts.legendUnknown],
    [swatch('graph-node is-unreachable', box), texts.legendUnreachable],
    [<span class="legend-mark">{DEAD_END_MARK}</span>, texts.legendDeadEnd],
    [<span class="legend-mark">{NEVER_ENDS_MARK}</span>, texts.legendNeverEnds],
    [swatch('graph-edge is-silence', line), texts.legendSilence],
    [swatch('graph-node is-end', <rect class="node-box" x="2" y="2" width="30" height="14" rx="7" />), texts.legendEnd],
  ];
  return (
    <div class="graph-legend">
      <p id={titleId} class="legend-title">
        {texts.legend}
      </p>
      <ul aria-labelledby={titleId}>
        {items.map(([sample, text]) => (
          <li key={text}>
            {sample}
            <span>{text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
