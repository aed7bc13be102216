import { useEffect, useState } from 'preact/hooks';
import { initialView, pageStorage, saveView, type ProjectorView } from '../classroom/projectorView.ts';
import { joinLink, projectorPath } from '../classroom/route.ts';
import { useGame } from './gameContext.ts';
import { ProjectorJoin } from './ProjectorJoin.tsx';
import { ProjectorLobby } from './ProjectorLobby.tsx';
import { ProjectorOptions } from './ProjectorOptions.tsx';
import { ProjectorReveal } from './ProjectorReveal.tsx';
import { ProjectorTable } from './ProjectorTable.tsx';
import { useProjectorFeed } from './useProjectorFeed.ts';

/** The overall board's tab; the others are scenario ids. */
const OVERALL = '';

/**
 * The screen that runs the room on a projector: how to join, who has joined, then the boards,
 * overall and per scenario, with each new score revealed as it arrives.
 */
export function ProjectorScreen({ code, top, hideNames }: { code: string; top: number | null; hideNames: boolean }) {
  const { t } = useGame();
  const [view, setView] = useState<ProjectorView>(() => initialView(code, { top, hideNames }, pageStorage()));
  const [tab, setTab] = useState(OVERALL);
  const { info, board, lobby, problem, live, reveal, announcement } = useProjectorFeed(code, view.hideNames);

  // The options live in the address too, so a reload or a shared link shows the same view; a
  // choice is kept at once, so a reload right after it keeps it.
  const choose = (next: ProjectorView) => {
    setView(next);
    saveView(code, next, pageStorage());
    history.replaceState(null, '', projectorPath(code, next));
  };
  useEffect(() => history.replaceState(null, '', projectorPath(code, view)), [code]);

  const scenarios = info?.scenarios ?? [];
  const titleOf = (id: string) => scenarios.find((scenario) => scenario.id === id)?.title ?? id;
  const tabs = [{ id: OVERALL, label: t('projector.overall') }, ...scenarios.map((scenario) => ({ id: scenario.id, label: scenario.title }))];
  const entries = (tab === OVERALL ? board?.entries : board?.scenarios.find((scenarioBoard) => scenarioBoard.scenario === tab)?.entries) ?? [];
  // The server already leaves hidden names out; rows are cut here so live pushes follow the same view.
  const shown = entries.slice(0, view.top ?? undefined);
  const nobodyScored = (board?.entries.length ?? 0) === 0;
  const highlight = reveal && (tab === OVERALL || tab === reveal.scenario) ? reveal.nickname : null;

  return (
    // Before the first score, how to join is the main thing on screen; then the boards are.
    <section class={nobodyScored ? 'projector lobby-mode' : 'projector'} aria-labelledby="projector-heading">
      <div class="projector-stage">
        <header class="projector-header">
          <h1 id="projector-heading">{board?.name ?? info?.name ?? code}</h1>
          {!live && <p class="projector-live">{t('projector.reconnecting')}</p>}
        </header>
        {problem && <p role="alert">{t('projector.unavailable', { message: problem })}</p>}
        {nobodyScored ? (
          <ProjectorLobby lobby={lobby} hideNames={view.hideNames} />
        ) : (
          <>
            <BoardTabs tabs={tabs} selected={tab} onSelect={setTab} />
            <div id="projector-panel" role="tabpanel" aria-labelledby={`projector-tab-${tab || 'overall'}`} class="projector-panel">
              {shown.length === 0 ? <p class="projector-empty">{t('projector.scenarioEmpty')}</p> : <ProjectorTable entries={shown} hideNames={view.hideNames} highlight={highlight} />}
            </div>
          </>
        )}
        <ProjectorOptions view={view} onChange={choose} />
      </div>
      <ProjectorJoin code={code} joinUrl={joinLink(location.origin, code)} count={lobby?.count ?? null} />
      {reveal && <ProjectorReveal reveal={reveal} scenarioTitle={titleOf(reveal.scenario)} />}
      <p class="sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}

/** Overall and one tab per scenario; arrow keys move between them, as in any tab list. */
function BoardTabs({ tabs, selected, onSelect }: { tabs: { id: string; label: string }[]; selected: string; onSelect: (id: string) => void }) {
  const { t } = useGame();
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onSelect(next.id);
    document.getElementById(`projector-tab-${next.id || 'overall'}`)?.focus();
  };
  return (
    <div class="projector-tabs" role="tablist" aria-label={t('projector.boards')}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          id={`projector-tab-${tab.id || 'overall'}`}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          aria-controls="projector-panel"
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
