import type { ReplyInsight } from './personaInsight.ts';
import type { PlaytestTexts } from './texts.ts';

/** Where a reaction leads: a state, an outcome, or nowhere (the customer only answers). */
const target = (transition: ReplyInsight['transitions'][number]['transition']) =>
  transition.outcome !== undefined ? `→ ${transition.outcome}` : transition.goto !== undefined ? `→ ${transition.goto}` : '';

/** Each reaction of the state the reply met, in the persona's order: whether it fired, or why not. */
export function TransitionList({ insight, t }: { insight: ReplyInsight; t: PlaytestTexts }) {
  return (
    <section class="transitions" aria-labelledby="playtest-transitions">
      <h4 id="playtest-transitions">{t.transitions(insight.state)}</h4>
      {insight.heldFor !== undefined && <p class="held">{t.heldFor(insight.heldFor)}</p>}
      {insight.transitions.length === 0 ? (
        <p>{t.noTransitions}</p>
      ) : (
        <ol>
          {insight.transitions.map(({ check, transition, anytime }) => (
            <li key={check.index} value={check.index + 1} class={check.fired ? 'fired' : 'not-fired'}>
              <span class="when">
                <code>{check.when.join(' | ')}</code> {target(transition)} {anytime && <span class="anytime">({t.anytime})</span>}
              </span>
              <span class="why">{t.why[check.why.code](check.why.detail)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
