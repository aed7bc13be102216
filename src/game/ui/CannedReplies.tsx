import { cannedReplies, type CompiledScenario } from '../../engine/index.ts';
import { useGame } from './gameContext.ts';

/**
 * The console's canned replies: each button puts its text in the reply box to be adapted before
 * sending (seed 002: pasted as it is where it does not belong, it reads as a robot's).
 */
export function CannedReplies({ compiled, disabled, onInsert }: { compiled: CompiledScenario; disabled: boolean; onInsert: (text: string) => void }) {
  const { t } = useGame();
  return (
    <details class="canned-replies">
      <summary>{t('console.canned')}</summary>
      <p class="hint">{t('console.cannedHint')}</p>
      <ul>
        {cannedReplies(compiled).map((canned) => (
          <li key={canned.label}>
            <button type="button" disabled={disabled} aria-label={t('console.insert', { label: canned.label })} title={canned.text} onClick={() => onInsert(canned.text)}>
              {canned.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
