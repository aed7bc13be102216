import localforage from 'localforage';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Problem } from '../../engine/index.ts';
import { useGame } from '../ui/gameContext.ts';
import { fileNameFor, readDraft } from './checkDraft.ts';
import { pathAtLine } from './document/pathAtLine.ts';
import { DraftStore, type DraftSummary } from './drafts/draftStore.ts';
import { useDraft } from './drafts/useDraft.ts';
import { FormsView } from './forms/FormsView.tsx';
import { LazyPart } from './LazyPart.tsx';
import { OpenPanel } from './OpenPanel.tsx';
import { ProblemList } from './ProblemList.tsx';
import { loadTemplate, type BundledSource } from './scenarioSources.ts';
import { partFor } from './studioParts.ts';
import type { StudioLocale, StudioPartProps } from './studioPart.ts';
import { StudioTabs, type StudioTab } from './StudioTabs.tsx';
import { useStudioView } from './useStudioView.ts';
import { StudioToolbar } from './StudioToolbar.tsx';
import { TextFallback } from './TextFallback.tsx';
import { format } from './texts/format.ts';
import { studioTexts } from './texts/studioTexts.ts';
import { undoKeyAction } from './undoKeys.ts';
import { useDraftCheck } from './useDraftCheck.ts';
import './studio.css';

/** The engine refuses larger texts; a file that size is refused before it is read. */
const MAX_FILE_BYTES = 2_000_000;
const TAB_ORDER: readonly StudioTab[] = ['forms', 'graph', 'text', 'playtest', 'tests'];

/** The scenario studio: open a draft, edit it in forms or as text, see the engine's check, undo, download. */
export function StudioScreen() {
  const { settings } = useGame();
  const locale: StudioLocale = settings.locale === 'en' ? 'en' : 'it';
  const texts = studioTexts(locale);
  // A database of its own: the game's store is never upgraded or locked by the studio's.
  const store = useMemo(() => new DraftStore(localforage.createInstance({ name: 'galateo-studio', storeName: 'drafts' })), []);
  const drafting = useDraft(store);
  const { draft } = drafting;
  const text = draft?.history.present;
  const value = useMemo(() => (text === undefined ? undefined : readDraft(text)), [text]);
  const file = fileNameFor(value?.raw);
  const { check, checking } = useDraftCheck(text, file, locale);

  const view = useStudioView();
  const { tab, navigate } = view;
  const [panelOpen, setPanelOpen] = useState(false);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [openError, setOpenError] = useState<string | null>(null);
  // The newest text, for edits that come before the next render (two quick keystrokes).
  const latest = useRef(text);
  latest.current = text;

  const showPanel = !drafting.restoring && (!draft || panelOpen);
  useEffect(() => {
    if (showPanel) store.list().then(setDrafts, () => setDrafts([]));
  }, [showPanel, store]);

  const changeText = (next: string) => {
    latest.current = next;
    drafting.change(next);
  };
  const edit = (change: (current: string) => string) => {
    const current = latest.current;
    if (current === undefined) return;
    const next = change(current);
    if (next !== current) changeText(next);
  };
  const openProblem = (problem: Problem) => {
    if (text === undefined) return;
    if (!value?.syntaxOk || problem.line === 0) view.showInText(problem.line, problem.column);
    else navigate(pathAtLine(text, problem.line, problem.column));
  };
  const opened = (loaded: string) => {
    drafting.openText(loaded);
    setPanelOpen(false);
    setOpenError(null);
    view.reset();
  };
  const fail = (error: unknown) => setOpenError(error instanceof Error ? error.message : String(error));
  const openFile = (chosen: File) => {
    if (chosen.size > MAX_FILE_BYTES) return setOpenError(format(texts.ui.open.tooLarge, { file: chosen.name }));
    chosen.text().then(opened, () => setOpenError(format(texts.ui.open.fileFailed, { file: chosen.name })));
  };
  const openDraft = (id: string) =>
    store.load(id).then((saved) => {
      if (!saved) return;
      drafting.openDraft(saved);
      setPanelOpen(false);
      view.reset();
    }, fail);
  const deleteDraft = (id: string) =>
    store.remove(id).then(() => {
      drafting.closeIf(id);
      return store.list().then(setDrafts);
    }, fail);

  const onKeyDown = (event: KeyboardEvent) => {
    const action = draft ? undoKeyAction(event) : undefined;
    // The code editor keeps its own history while it has the focus.
    if (!action || (event.target as HTMLElement | null)?.closest?.('.cm-editor')) return;
    event.preventDefault();
    if (action === 'undo') drafting.undo();
    else drafting.redo();
  };

  const tabs = TAB_ORDER.filter((candidate) => candidate === 'forms' || candidate === 'text' || partFor(candidate));
  const partProps: StudioPartProps | undefined =
    text === undefined
      ? undefined
      : { text, onTextChange: changeText, file, raw: value?.raw, scenario: check?.scenario, compiled: check?.compiled, problems: check?.problems ?? [], locale, onNavigate: navigate, jump: view.jump };
  const part = tab === 'forms' ? undefined : partFor(tab);

  return (
    <section class="screen studio" aria-labelledby="studio-heading" onKeyDown={onKeyDown}>
      <h1 id="studio-heading">{texts.ui.heading}</h1>
      <p class="hint">{texts.ui.intro}</p>
      {draft && text !== undefined && (
        <StudioToolbar
          text={text}
          file={file}
          locale={locale}
          texts={texts}
          saveState={drafting.saveState}
          canUndo={draft.history.past.length > 0}
          canRedo={draft.history.future.length > 0}
          panelOpen={panelOpen}
          onTogglePanel={() => setPanelOpen((open) => !open)}
          onUndo={drafting.undo}
          onRedo={drafting.redo}
        />
      )}
      {showPanel && (
        <OpenPanel
          texts={texts}
          dateLocale={locale === 'it' ? 'it-IT' : 'en-GB'}
          drafts={drafts}
          error={openError}
          onTemplate={(templateLocale) => loadTemplate(templateLocale).then(opened, fail)}
          onBundled={(source: BundledSource) => source.load().then(opened, fail)}
          onFile={openFile}
          onDraft={(id) => void openDraft(id)}
          onDeleteDraft={(id) => void deleteDraft(id)}
        />
      )}
      {draft && text !== undefined && partProps && (
        <div class="studio-work">
          <ProblemList problems={check?.problems} checking={checking} texts={texts} onOpen={openProblem} />
          <div class="studio-views">
            <StudioTabs tabs={tabs} current={tab} texts={texts} onSelect={view.setTab} />
            <div class="studio-panel" id="studio-panel" role="tabpanel" aria-labelledby={`studio-tab-${tab}`}>
              {tab === 'forms' && (
                <FormsView
                  raw={value?.raw}
                  syntaxOk={value?.syntaxOk ?? false}
                  route={view.route}
                  focus={view.focus}
                  texts={texts}
                  locale={locale}
                  edit={edit}
                  navigate={navigate}
                  openText={() => view.setTab('text')}
                />
              )}
              {tab === 'text' && (
                <>
                  {part && (
                    <label class="studio-plain-toggle">
                      <input type="checkbox" checked={view.plainText} onChange={(event) => view.setPlainText(event.currentTarget.checked)} /> {texts.ui.text.plain}
                    </label>
                  )}
                  {part && !view.plainText ? (
                    <LazyPart load={part.load} props={partProps} failed={texts.ui.partFailed} />
                  ) : (
                    <TextFallback text={text} onTextChange={changeText} texts={texts} jump={view.jump} />
                  )}
                </>
              )}
              {tab !== 'forms' && tab !== 'text' && part && <LazyPart load={part.load} props={partProps} failed={texts.ui.partFailed} />}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
