import { useRef } from 'preact/hooks';
import { useStickyScroll } from '../../ui/useStickyScroll.ts';
import { dimensionLabel, type ChatMessage, type Finding, type Locale, type Report } from '../../../engine/index.ts';
import type { PlaytestTexts } from './texts.ts';

const clock = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

/** The findings of one agent message, each with its dimension, its cost and its explanation. */
function MessageFindings({ findings, number, locale, t }: { findings: readonly Finding[]; number: number; locale: Locale; t: PlaytestTexts }) {
  return (
    <details class="message-findings" open={findings.some((finding) => finding.points > 0)}>
      <summary>
        {t.findingsOf(number)} ({findings.length})
      </summary>
      {findings.length === 0 ? (
        <p>{t.noFindings}</p>
      ) : (
        <ul>
          {findings.map((finding, index) => (
            <li key={index} class={`severity-${finding.severity}`}>
              <strong>{dimensionLabel(locale, finding.dimension)}</strong> {finding.points > 0 && <span class="points">{t.points(finding.points)}</span>} <code>{finding.rule}</code>
              <br />
              {finding.explanation}
              {finding.better && (
                <>
                  <br />
                  <em>{finding.better}</em>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/** The playtest's chat: every message as it came, the engine's findings under each of the agent's. */
export function PlaytestTranscript({
  messages,
  report,
  customer,
  typing,
  locale,
  t,
}: {
  messages: readonly ChatMessage[];
  report: Report;
  customer: string;
  typing: boolean;
  locale: Locale;
  t: PlaytestTexts;
}) {
  const log = useRef<HTMLDivElement>(null);
  useStickyScroll(log, messages.length);
  const who = (message: ChatMessage) => (message.from === 'agent' ? t.you : message.from === 'customer' ? customer : (message.name ?? ''));
  return (
    <>
      <div class="playtest-log" ref={log} role="log" aria-live="polite" aria-label={t.log(customer)} tabIndex={0}>
        {messages.map((message) => (
          <div key={message.index} class={`msg from-${message.from}`}>
            <span class="who">
              #{message.index + 1} {who(message)} <span class="time">{clock(message.at)}</span>
            </span>
            <span class="text">{message.text}</span>
            {message.from === 'agent' && <MessageFindings findings={report.findings.filter((finding) => finding.message === message.index)} number={message.index + 1} locale={locale} t={t} />}
          </div>
        ))}
      </div>
      <p class="typing" aria-live="polite">
        {typing ? t.typing(customer) : ''}
      </p>
    </>
  );
}
