import type { CommonFinding } from '../../classroom/contract.ts';
import { useGame } from './gameContext.ts';

/** The five mistakes the class makes most often, each with one trainee's words to discuss. */
export function CommonFindings({ findings, titleOf }: { findings: CommonFinding[]; titleOf: (scenario: string) => string }) {
  const { t } = useGame();
  return (
    <section class="dashboard-card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('trainer.findings')}</h2>
      {findings.length === 0 ? (
        <p>{t('trainer.findingsNone')}</p>
      ) : (
        <ol class="common-findings">
          {/* Numbered explicitly: a live update reorders the items, and the browser's own count could lag. */}
          {findings.map((finding, index) => (
            <li key={finding.rule} value={index + 1} data-rule={finding.rule}>
              <p class="finding-head">
                <span class="dimension">{t(`debrief.dimension.${finding.dimension}`)}</span>{' '}
                <span class="finding-count">{t('trainer.findingCount', { count: finding.count, sessions: finding.sessions, trainees: finding.trainees })}</span>
              </p>
              <p class="finding-explanation">{finding.example.explanation}</p>
              <p class="finding-example">
                <span class="hint">
                  {t('trainer.findingExample', { nickname: finding.example.nickname })} ({titleOf(finding.example.scenario)})
                </span>{' '}
                {finding.example.excerpt === null ? <em>{t('trainer.findingWhole')}</em> : <q class="nickname">{finding.example.excerpt}</q>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
