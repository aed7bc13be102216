import type { Lobby } from '../../classroom/contract.ts';
import { useGame } from './gameContext.ts';

/** Past this many names, they are set smaller so that a class of sixty still fits the screen. */
const CROWDED = 16;

/** Everyone who has joined, newest last, before the first score; only a count behind hidden names. */
export function ProjectorLobby({ lobby, hideNames }: { lobby: Lobby | null; hideNames: boolean }) {
  const { t } = useGame();
  const count = lobby?.count ?? 0;
  return (
    <section class="projector-lobby" aria-labelledby="projector-lobby-heading">
      <h2 id="projector-lobby-heading">{t('projector.lobbyHeading')}</h2>
      {count === 0 ? (
        <p class="projector-empty">{t('projector.lobbyEmpty')}</p>
      ) : hideNames ? (
        <p class="projector-empty">{t('projector.joined', { count })}</p>
      ) : (
        <ul class={count > CROWDED ? 'projector-names crowded' : 'projector-names'}>
          {lobby!.trainees.map((trainee, index) => (
            <li key={trainee.traineeId ?? `joined-${index}`} class="nickname">
              {trainee.nickname}
            </li>
          ))}
        </ul>
      )}
      <p class="projector-waiting">{t('projector.waiting')}</p>
    </section>
  );
}
