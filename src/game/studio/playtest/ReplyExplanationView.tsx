import type { MatchCue, ReplyExplanation } from '../../../engine/index.ts';
import type { PlaytestTexts } from './texts.ts';

/** Cues shown per intent: a long reply of repeated shorthand would otherwise list hundreds. */
const CUES_SHOWN = 8;

/** The words of the reply that made a cue, as typed, beside the cue as written in the scenario or the language data. */
function Cue({ cue, text, t }: { cue: MatchCue; text: string; t: PlaytestTexts }) {
  const typed = text.slice(cue.start, cue.end);
  return (
    <li>
      <mark>{typed}</mark> <span class="cue-kind">({t.cue[cue.kind]}</span>
      {typed.toLocaleLowerCase() !== cue.text.toLocaleLowerCase() && <span class="cue-text">: {cue.text}</span>}
      <span class="cue-kind">)</span>
    </li>
  );
}

/** Which intents and entities a reply matched, with the cues that made them, and what a negation cancelled. */
export function ReplyExplanationView({ explanation, t }: { explanation: ReplyExplanation; t: PlaytestTexts }) {
  const { text, intents, entities, negated } = explanation;
  return (
    <div class="explanation">
      <h4>{t.intents}</h4>
      {intents.length === 0 ? (
        <p>{t.noIntents}</p>
      ) : (
        <ul class="intents">
          {intents.map((match) => (
            <li key={`${match.source}:${match.intent}`}>
              <code>{match.intent}</code> <span class={`source source-${match.source}`}>{match.source === 'scenario' ? t.fromScenario : t.builtIn}</span>
              {match.cues.length > 0 && (
                <ul class="cues">
                  {match.cues.slice(0, CUES_SHOWN).map((cue, index) => (
                    <Cue key={index} cue={cue} text={text} t={t} />
                  ))}
                  {match.cues.length > CUES_SHOWN && <li>{t.moreCues(match.cues.length - CUES_SHOWN)}</li>}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {entities.length > 0 && (
        <>
          <h4>{t.entities}</h4>
          <ul class="entities">
            {entities.map((entity, index) => (
              <li key={index}>
                <code>{entity.type}</code> <mark>{entity.text}</mark>
              </li>
            ))}
          </ul>
        </>
      )}
      {negated.length > 0 && (
        <>
          <h4>{t.negated}</h4>
          <ul class="negated">
            {negated.map(({ intent, cue }, index) => (
              <li key={index}>
                <code>{intent}</code>
                <ul class="cues">
                  <Cue cue={cue} text={text} t={t} />
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
