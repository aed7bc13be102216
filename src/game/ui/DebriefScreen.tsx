import { DIMENSIONS, PHASES, type CompiledScenario, type Finding, type Report } from '../../engine/index.ts';
import { useEffect, useState } from 'preact/hooks';
import { endReason } from '../play/endReason.ts';
import { retryPoint } from '../play/livePlay.ts';
import { scenarioFor } from '../scenarios/scenarioCatalog.ts';
import type { SessionRecord } from '../storage/records.ts';
import { useGame } from './gameContext.ts';
import { ClassSubmissionStatus } from './ClassSubmissionStatus.tsx';
import { messageNumber } from './messageNumber.ts';
import { ProgressSince } from './ProgressSince.tsx';
import { ResponseChart } from './ResponseChart.tsx';

/**
 * The debrief: scores, response times, and the chat dissected phase by phase (seed 000). Read-only
 * (a trainer looking at a trainee's session) it offers no retry.
 */
export function DebriefScreen({ record, readOnly = false }: { record: SessionRecord; readOnly?: boolean }) {
  const { t, startChat } = useGame();
  const { report } = record;
  const [compiled, setCompiled] = useState<CompiledScenario | undefined>();
  useEffect(() => {
    let current = true;
    void scenarioFor(record.source).then((found) => current && setCompiled(found));
    return () => {
      current = false;
    };
  }, [record]);
  const customerName = compiled?.scenario.customer.name ?? '';

  const retry = () => compiled && void startChat(compiled, record.source, { seed: record.log.seed });
  // A retry from a message opens at once, the brief already read: even from the first, it is a turn taken again.
  const retryFrom = (index: number) => {
    if (!compiled) return;
    const { events, resumeAt } = retryPoint(record.log, report.transcript, index);
    void startChat(compiled, record.source, { seed: record.log.seed, events, resumeAt, briefed: true });
  };

  return (
    <section class="screen debrief" aria-labelledby="debrief-heading">
      <h1 id="debrief-heading">
        {t('debrief.heading')}: {record.title}
      </h1>
      <p class="end-reason">{t(`endReason.${endReason(record.log, report)}`)}</p>
      <div class="scores">
        <div class="total">
          <span class="label">{t('debrief.total')}</span>
          <span class="value" data-testid="score-total">
            {report.total}
          </span>
          <span class="outcome">{t('debrief.outcome', { outcome: t(`debrief.outcome.${report.outcome}`) })}</span>
          <TotalExplained report={report} />
        </div>
        <ul class="dimensions">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension}>
              <span class="label">{t(`debrief.dimension.${dimension}`)}</span>
              <span class="bar" aria-hidden="true">
                <span style={{ width: `${report.dimensions[dimension].score}%` }} />
              </span>
              <span class="value" data-testid={`score-${dimension}`}>
                {report.dimensions[dimension].score}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {readOnly ? (
        <p class="meta">{t('debrief.readOnly')}</p>
      ) : (
        <>
          <ProgressSince record={record} />
          <ClassSubmissionStatus recordId={record.id} />
          <div class="row">
            <button type="button" class="primary" onClick={retry} disabled={!compiled}>
              {t('debrief.retry')}
            </button>
          </div>
        </>
      )}
      {report.strengths.length > 0 && (
        <section class="strengths" aria-labelledby="strengths-heading">
          <h2 id="strengths-heading">{t('debrief.strengths')}</h2>
          <ul>
            {report.strengths.map((strength) => (
              <li key={strength.id}>{strength.text}</li>
            ))}
          </ul>
        </section>
      )}
      <ResponseChart report={report} />
      {PHASES.map((phase) => (
        <PhaseSection key={phase} phase={phase} report={report} customerName={customerName} onRetryFrom={compiled && !readOnly ? retryFrom : undefined} />
      ))}
    </section>
  );
}

function PhaseSection({ phase, report, customerName, onRetryFrom }: { phase: (typeof PHASES)[number]; report: Report; customerName: string; onRetryFrom: ((index: number) => void) | undefined }) {
  const { t } = useGame();
  const { messages, findings } = report.phases[phase];
  const findingsOf = (index: number | null) => findings.map((i) => report.findings[i]!).filter((finding) => finding.message === index);
  const general = findingsOf(null);
  const headingId = `phase-${phase}`;
  return (
    <section class="phase" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`debrief.phase.${phase}`)}</h2>
      {messages.length === 0 && findings.length === 0 && <p>{t('debrief.findingsNone')}</p>}
      <ol class="annotated">
        {messages.map((index) => {
          const entry = report.transcript[index]!;
          const who = entry.from === 'agent' ? t('play.you') : entry.from === 'customer' ? customerName : (entry.name ?? '');
          const notes = findingsOf(index);
          return (
            <li key={index} class={`msg from-${entry.from}`} value={index + 1}>
              <span class="who">
                <span class="number">{messageNumber(index)}</span> {who} <span class="time">{entry.at.toFixed(1)} s</span>
              </span>
              <span class="text">{entry.text}</span>
              {notes.length > 0 && <FindingList findings={notes} />}
              {onRetryFrom && (
                <button type="button" class="link small" aria-label={t('debrief.retryFromLabel', { index: index + 1 })} onClick={() => onRetryFrom(index)}>
                  {t('debrief.retryFrom')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {general.length > 0 && (
        <div class="general">
          <h3>{t('debrief.general')}</h3>
          <FindingList findings={general} />
        </div>
      )}
    </section>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  const { t } = useGame();
  return (
    <ul class="findings">
      {findings.map((finding, index) => (
        <li key={index} class={`finding severity-${finding.severity}`}>
          <span class="badge">{t(`debrief.severity.${finding.severity}`)}</span> <span class="points">{t('debrief.points', { points: finding.points })}</span>{' '}
          <span class="dimension">{t(`debrief.dimension.${finding.dimension}`)}</span>
          <p>{finding.explanation}</p>
          {finding.better && (
            <p class="better">
              <strong>{t('debrief.better')}:</strong> {finding.better}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** How the total came about: the grave failure that capped it, or the blend of the dimensions. */
function TotalExplained({ report }: { report: Report }) {
  const { t } = useGame();
  const { cappedBy, weightedMean, weakest, weakestShare } = report.totalFrom;
  const cap = cappedBy === null ? undefined : report.findings[cappedBy];
  if (cap?.cap !== undefined) return <p class="total-from capped">{t('debrief.capped', { cap: cap.cap, explanation: cap.explanation })}</p>;
  return <p class="total-from">{t('debrief.totalFrom', { mean: Math.round(weightedMean), weakest: t(`debrief.dimension.${weakest}`), share: Math.round(weakestShare * 100) })}</p>;
}
