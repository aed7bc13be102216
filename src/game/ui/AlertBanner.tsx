import { useGame } from './gameContext.ts';

/** Says what went wrong (saving failed, a chat could not open) until dismissed: the game goes on. */
export function AlertBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useGame();
  return (
    <div class="banner" role="alert">
      <p>{message}</p>
      <button type="button" onClick={onDismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
