import { useGame } from './gameContext.ts';

/** Says that saving failed (quota, private mode) until dismissed: the game goes on without it. */
export function StorageErrorBanner({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const { t } = useGame();
  return (
    <div class="banner" role="alert">
      <p>{t('storage.error', { reason })}</p>
      <button type="button" onClick={onDismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
