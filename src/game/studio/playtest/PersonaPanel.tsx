import type { PersonaInsight } from './personaInsight.ts';
import { ReplyExplanationView } from './ReplyExplanationView.tsx';
import type { PlaytestTexts } from './texts.ts';
import { TransitionList } from './TransitionList.tsx';

const list = (items: readonly string[], none: string) => (items.length === 0 ? none : items.join(', '));

/** The persona from the inside: state, mood, facts, the state's needs, and the last reply explained. */
export function PersonaPanel({ insight, t }: { insight: PersonaInsight; t: PlaytestTexts }) {
  return (
    <section class="persona-panel" aria-labelledby="playtest-persona">
      <h3 id="playtest-persona">{t.panelHeading}</h3>
      <dl class="persona-facts">
        <dt>{t.state}</dt>
        <dd>
          <code>{insight.state}</code>
        </dd>
        <dt>{t.mood}</dt>
        <dd>{insight.mood}</dd>
        <dt>{t.factsKnown}</dt>
        <dd>{list(insight.factsKnown, t.none)}</dd>
        <dt>{t.factsMissing}</dt>
        <dd>{list(insight.factsMissing, t.none)}</dd>
      </dl>
      <h4>{t.needs}</h4>
      {insight.needs.length === 0 ? (
        <p>{t.noNeeds}</p>
      ) : (
        <ul class="needs">
          {insight.needs.map((need) => (
            <li key={need.id} class={`need-${need.status}`}>
              <code>{need.id}</code>: {need.status === 'met' ? t.needMet : need.status === 'asked' ? t.needAsked : t.needMissing}
            </li>
          ))}
        </ul>
      )}
      <h4>{t.lastReply}</h4>
      {insight.lastReply === undefined ? (
        <p>{t.noReplyYet}</p>
      ) : (
        <>
          <blockquote class="last-reply">
            #{insight.lastReply.index + 1} {insight.lastReply.explanation.text}
          </blockquote>
          <ReplyExplanationView explanation={insight.lastReply.explanation} t={t} />
          <TransitionList insight={insight.lastReply} t={t} />
        </>
      )}
    </section>
  );
}
