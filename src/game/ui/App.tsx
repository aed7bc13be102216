import { gameContext, type Screen, type Services } from './gameContext.ts';
import { useGameController } from './gameController.ts';
import { NavBar } from './NavBar.tsx';
import { useStorageError } from './persistence.ts';
import { ScreenRouter, useScenarioLink } from './ScreenRouter.tsx';
import { useScreenFocus } from './screenFocus.ts';
import { AlertBanner } from './AlertBanner.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/** The whole game: the bar, a warning when saving fails or a chat cannot open, and the current screen. */
export function App({ services, renderer, initial, deepLink }: { services: Services; renderer: 'auto' | 'canvas'; initial: Screen; deepLink?: string | undefined }) {
  // Listening for storage errors comes first, so a failure of the deep link's first save is shown.
  const [storageError, dismissStorageError] = useStorageError(services.store);
  const { screen, context, question, startError, dismissStartError } = useGameController(services, initial);
  useScenarioLink(context, initial, deepLink);
  useScreenFocus(screen);

  // The projector is read from the back of a room: nothing but the leaderboard.
  if (screen.name === 'projector') {
    return (
      <gameContext.Provider value={context}>
        <main id="main" class="projector-main">
          <ScreenRouter screen={screen} renderer={renderer} />
        </main>
      </gameContext.Provider>
    );
  }

  return (
    <gameContext.Provider value={context}>
      <NavBar />
      {storageError && <AlertBanner message={context.t('storage.error', { reason: storageError })} onDismiss={dismissStorageError} />}
      {startError && <AlertBanner message={startError} onDismiss={dismissStartError} />}
      <main id="main">
        <ScreenRouter screen={screen} renderer={renderer} />
      </main>
      <ConfirmDialog pending={question} />
    </gameContext.Provider>
  );
}
