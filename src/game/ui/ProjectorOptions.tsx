import { TOP_CHOICES, type ProjectorView } from '../classroom/projectorView.ts';
import { useGame } from './gameContext.ts';

/** Large controls for the trainer at the projector: how many ranks to show, and whether to show names. */
export function ProjectorOptions({ view, onChange }: { view: ProjectorView; onChange: (view: ProjectorView) => void }) {
  const { t } = useGame();
  return (
    <form class="projector-options" aria-label={t('projector.options')} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('projector.show')}</legend>
        {TOP_CHOICES.map((top) => (
          <label key={top ?? 'all'} class="projector-choice">
            <input type="radio" name="projector-top" checked={view.top === top} onChange={() => onChange({ ...view, top })} />
            {top === null ? t('projector.showAll') : t('projector.showTop', { count: top })}
          </label>
        ))}
      </fieldset>
      <label class="projector-choice">
        <input type="checkbox" checked={view.hideNames} onChange={(event) => onChange({ ...view, hideNames: event.currentTarget.checked })} />
        {t('projector.hideNames')}
      </label>
    </form>
  );
}
