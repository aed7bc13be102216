import type { LatestScore } from '../../classroom/contract.ts';
import { useGame } from './gameContext.ts';

/**
 * The score that just arrived, large, over the board for a few seconds. Screen readers hear it
 * from the live region instead, so this is hidden from them; clicks go through to the options.
 */
export function ProjectorReveal({ reveal, scenarioTitle }: { reveal: LatestScore; scenarioTitle: string }) {
  const { t } = useGame();
  return (
    <div class="projector-reveal" aria-hidden="true" data-testid="projector-reveal" key={reveal.submittedAt}>
      <p class="reveal-label">{t('projector.revealHeading')}</p>
      <p class="reveal-name nickname">{reveal.nickname ?? t('projector.someone')}</p>
      <p class="reveal-score">{t('projector.revealScore', { score: reveal.total })}</p>
      <p class="reveal-scenario">{scenarioTitle}</p>
    </div>
  );
}
