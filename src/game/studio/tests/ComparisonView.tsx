import { dimensionLabel, type BlessedComparison, type Locale } from '../../../engine/index.ts';
import type { TestsTexts } from './texts.ts';
import './tests.css';

/** How a run differs from the result it is compared with: outcome, scores (by how much) and the customer's lines as a diff. */
export function ComparisonView({ comparison, locale, t }: { comparison: BlessedComparison; locale: Locale; t: TestsTexts }) {
  const { outcome, total, dimensions, customer } = comparison;
  return (
    <div class="comparison">
      <ul>
        {outcome && <li class="changed-outcome">{t.outcomeChanged(t.outcome[outcome.before], t.outcome[outcome.after])}</li>}
        {total && <li>{t.scoreChanged(t.totalLabel, total.before, total.after, total.delta)}</li>}
        {dimensions.map((change) => (
          <li key={change.dimension}>{t.scoreChanged(dimensionLabel(locale, change.dimension), change.before, change.after, change.delta)}</li>
        ))}
      </ul>
      {customer && (
        <>
          <p>{t.customerChanged}</p>
          <ul class="line-diff">
            {customer.map((line, index) => (
              <li key={index} class={`diff-${line.kind}`}>
                {line.kind === 'same' ? '  ' : line.kind === 'removed' ? <abbr title={t.removed}>−</abbr> : <abbr title={t.added}>+</abbr>} {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
