import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClassInfo, LatestScore, Leaderboard, Lobby } from '../../classroom/contract.ts';
import { subscribeLive } from '../classroom/liveFeed.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { isNewScore } from '../classroom/reveal.ts';
import { useGame } from './gameContext.ts';

/** How long a new score stays revealed on the projector. */
export const REVEAL_MS = 6000;

export interface ProjectorFeed {
  info: ClassInfo | null;
  board: Leaderboard | null;
  lobby: Lobby | null;
  problem: string | null;
  live: boolean;
  /** The score that just arrived, while it is being revealed. */
  reveal: LatestScore | null;
  /** The last join or score in words, for the live region. */
  announcement: string;
}

/**
 * The class, its lobby and its boards, kept current by the live feed. A score that arrives while
 * the projector watches is revealed; the scores there before it opened are not.
 */
export function useProjectorFeed(code: string, hideNames: boolean): ProjectorFeed {
  const { t, api } = useGame();
  const [info, setInfo] = useState<ClassInfo | null>(null);
  const [board, setBoard] = useState<Leaderboard | null>(null);
  const [lobby, setLobby] = useState<Lobby | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [live, setLive] = useState(true);
  const [reveal, setReveal] = useState<LatestScore | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The latest score seen; undefined until the first board, null while the class has none.
  const seenLatest = useRef<string | null | undefined>(undefined);
  const lastLobby = useRef<Lobby | null>(null);

  const takeBoard = (next: Leaderboard) => {
    setBoard(next);
    const latest = next.latest;
    const isNews = isNewScore(seenLatest.current, latest);
    if (isNews || seenLatest.current === undefined) seenLatest.current = latest?.submittedAt ?? null;
    if (!isNews) return;
    setReveal(latest);
    setAnnouncement(t('projector.announceScore', { nickname: latest.nickname ?? t('projector.someone'), score: latest.total }));
  };

  const takeLobby = (next: Lobby) => {
    const before = lastLobby.current;
    lastLobby.current = next;
    setLobby(next);
    if (!before || next.count <= before.count) return;
    const newest = next.trainees.at(-1);
    setAnnouncement(t('projector.announceJoin', { nickname: newest?.nickname ?? t('projector.someone'), count: next.count }));
  };

  useEffect(() => {
    if (!reveal) return undefined;
    const timer = setTimeout(() => setReveal(null), REVEAL_MS);
    return () => clearTimeout(timer);
  }, [reveal]);

  useEffect(() => {
    const refresh = () =>
      Promise.all([api.getClass(code), api.leaderboard(code, { hideNames })]).then(
        ([fetchedInfo, fetchedBoard]) => {
          setInfo(fetchedInfo);
          takeBoard(fetchedBoard);
          setProblem(null);
        },
        (error: unknown) => setProblem(refusalText(t, error)),
      );
    void refresh();
    return subscribeLive(
      code,
      (message) => {
        if (message.type === 'leaderboard') takeBoard(message.leaderboard);
        else if (message.type === 'lobby') takeLobby(message.lobby);
        else setInfo(message.class);
      },
      {
        onOpen: () => {
          setLive(true);
          void refresh();
        },
        onClose: () => setLive(false),
        hideNames,
      },
    );
  }, [api, code, hideNames]);

  return { info, board, lobby, problem, live, reveal, announcement };
}
