import { useMemo, useState } from 'preact/hooks';
import { explainReply, MAX_REPLY_LENGTH, type CompiledScenario } from '../../../engine/index.ts';
import { ReplyExplanationView } from './ReplyExplanationView.tsx';
import type { PlaytestTexts } from './texts.ts';

/** "Does this reply match?": any text tried against the scenario's intents and the built-in ones, with the cues. */
export function MatchBox({ compiled, t }: { compiled: CompiledScenario; t: PlaytestTexts }) {
  const [text, setText] = useState('');
  const explanation = useMemo(() => (text.trim() === '' ? undefined : explainReply(compiled, text)), [compiled, text]);
  return (
    <section class="match-box" aria-labelledby="match-heading">
      <h3 id="match-heading">{t.matchHeading}</h3>
      <label for="match-text">{t.matchLabel}</label>
      <textarea id="match-text" rows={2} maxLength={MAX_REPLY_LENGTH} value={text} aria-describedby="match-hint" onInput={(event) => setText(event.currentTarget.value)} />
      <p id="match-hint" class="hint">
        {t.matchHint}
      </p>
      {/* Read out briefly as the author types; the whole explanation stays on screen to read at will. */}
      <p role="status" class="sr-only">
        {explanation && (explanation.intents.map((match) => match.intent).join(', ') || t.noIntents)}
      </p>
      {explanation && <ReplyExplanationView explanation={explanation} t={t} />}
    </section>
  );
}
