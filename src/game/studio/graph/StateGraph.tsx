import { useMemo, useState } from 'preact/hooks';
import type { StudioPartProps } from '../studioPart.ts';
import { GraphLegend } from './GraphLegend.tsx';
import { GraphSvg } from './GraphSvg.tsx';
import { planDrawing } from './planDrawing.ts';
import { readScenarioGraph } from './readScenarioGraph.ts';
import { StateList } from './StateList.tsx';
import { fillText, graphTexts } from './texts.ts';
import { useGraphLayout } from './useGraphLayout.ts';
import './stateGraph.css';

/**
 * The scenario's states and transitions as a graph, laid out automatically from the YAML as it
 * stands (valid or not): unknown targets red, unreachable states grey, dead ends marked. A node
 * opens its form; the same graph is offered as a text list.
 */
export function StateGraph({ raw, locale, onNavigate }: StudioPartProps) {
  const texts = graphTexts[locale];
  const graph = useMemo(() => readScenarioGraph(raw), [raw]);
  const plan = useMemo(() => planDrawing(graph, texts), [graph, texts]);
  const drawing = useGraphLayout(plan.layout);
  const [fitWidth, setFitWidth] = useState(false);

  if (!graph.nodes.some((node) => node.kind === 'state')) return <p class="state-graph-empty">{texts.empty}</p>;
  return (
    <div class="state-graph">
      {drawing.status === 'loading' && <p role="status">{texts.loading}</p>}
      {drawing.status === 'failed' && <p role="alert">{texts.loadFailed}</p>}
      {drawing.status === 'too-large' && <p role="status">{fillText(texts.tooLarge, { count: plan.nodes.length })}</p>}
      {drawing.status === 'ready' && (
        <>
          <div class="state-graph-bar">
            <p>{texts.hint}</p>
            <label>
              <input type="checkbox" checked={fitWidth} onChange={(event) => setFitWidth(event.currentTarget.checked)} /> {texts.fitWidth}
            </label>
          </div>
          <div class="state-graph-scroll" role="region" aria-label={texts.graphLabel} tabindex={0}>
            <GraphSvg graph={graph} plan={plan} layout={drawing.layout} texts={texts} fitWidth={fitWidth} onNavigate={onNavigate} />
          </div>
          <GraphLegend texts={texts} />
        </>
      )}
      <StateList graph={graph} texts={texts} open={drawing.status === 'too-large'} onNavigate={onNavigate} />
    </div>
  );
}
