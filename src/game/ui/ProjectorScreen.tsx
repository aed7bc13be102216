import { useEffect, useState } from 'preact/hooks';
import type { Leaderboard } from '../../classroom/contract.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { subscribeLive } from '../classroom/liveFeed.ts';
import { projectorPath, readTop } from '../classroom/route.ts';
import { useGame } from './gameContext.ts';

/** The leaderboard for a projector: huge type, high contrast, live, and nothing else on screen. */
export function ProjectorScreen({ code, top, hideNames }: { code: string; top: number | null; hideNames: boolean }) {
  const { t, api } = useGame();
  const [view, setView] = useState({ top, hideNames });
  const [board, setBoard] = useState<Leaderboard | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [live, setLive] = useState(true);

  // The options live in the address too, so a reload or a shared link shows the same view.
  useEffect(() => history.replaceState(null, '', projectorPath(code, view)), [code, view]);

  useEffect(() => {
    const refresh = () =>
      api.leaderboard(code, { hideNames: view.hideNames }).then(
        (fetched) => {
          setBoard(fetched);
          setProblem(null);
        },
        (error: unknown) => setProblem(refusalText(t, error)),
      );
    void refresh();
    return subscribeLive(
      code,
      (message) => {
        if (message.type === 'leaderboard') setBoard(message.leaderboard);
      },
      {
        onOpen: () => {
          setLive(true);
          void refresh();
        },
        onClose: () => setLive(false),
        hideNames: view.hideNames,
      },
    );
  }, [api, code, view.hideNames]);

  // The server already leaves hidden names out; rows are cut here so live pushes follow the same view.
  const entries = (board?.entries ?? []).slice(0, view.top ?? undefined);
  return (
    <section class="projector" aria-labelledby="projector-heading">
      <h1 id="projector-heading">{board?.name ?? code}</h1>
      <p class="projector-code">{t('projector.join', { code })}</p>
      {problem && <p role="alert">{t('projector.unavailable', { message: problem })}</p>}
      {board && entries.length === 0 && <p class="projector-empty">{t('projector.empty')}</p>}
      {entries.length > 0 && (
        <table class="projector-board">
          <thead>
            <tr>
              <th scope="col">{t('projector.rank')}</th>
              <th scope="col">{t('projector.nickname')}</th>
              <th scope="col">{t('projector.score')}</th>
            </tr>
          </thead>
          <tbody>
            {/* With hidden names the server sends no trainee ids, so those rows are keyed by position. */}
            {entries.map((entry, index) => (
              <tr key={entry.traineeId ?? `row-${index}`} data-trainee={entry.traineeId}>
                <td class="rank">{entry.rank}</td>
                <td class="nickname">{view.hideNames || entry.nickname === null ? t('projector.hidden', { rank: entry.rank }) : entry.nickname}</td>
                <td class="score">{entry.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="projector-live" role="status">
        {live ? '' : t('projector.reconnecting')}
      </p>
      <details class="projector-options">
        <summary>{t('projector.options')}</summary>
        <label for="projector-top">{t('projector.top')}</label>
        <input id="projector-top" type="number" min={1} max={100} value={view.top ?? ''} onInput={(event) => setView({ ...view, top: readTop(event.currentTarget.value || null) })} />
        <label class="inline">
          <input type="checkbox" checked={view.hideNames} onChange={(event) => setView({ ...view, hideNames: event.currentTarget.checked })} />
          {t('projector.hideNames')}
        </label>
      </details>
    </section>
  );
}
