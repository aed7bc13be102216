import { DownloadLink } from './DownloadLink.tsx';
import type { SaveState } from './drafts/useDraft.ts';
import { LazyPart } from './LazyPart.tsx';
import { PUBLISH_PART } from './studioParts.ts';
import type { StudioLocale } from './studioPart.ts';
import type { StudioLanguage } from './texts/studioTexts.ts';
import { format } from './texts/format.ts';

export interface StudioToolbarProps {
  text: string;
  file: string;
  locale: StudioLocale;
  texts: StudioLanguage;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  panelOpen: boolean;
  onTogglePanel(): void;
  onUndo(): void;
  onRedo(): void;
}

/** Opening, undo and redo, the download, publishing (once that part exists) and whether the draft is saved. */
export function StudioToolbar(props: StudioToolbarProps) {
  const { toolbar, open } = props.texts.ui;
  const { saveState } = props;
  const saved = saveState.kind === 'saved' ? toolbar.saved : saveState.kind === 'saving' ? toolbar.saving : format(toolbar.saveFailed, { reason: saveState.reason });
  return (
    <div class="studio-toolbar" aria-label={toolbar.label} role="group">
      <button type="button" aria-expanded={props.panelOpen} aria-controls="studio-open-panel" onClick={props.onTogglePanel}>
        {props.panelOpen ? open.hide : open.show}
      </button>
      <button type="button" disabled={!props.canUndo} aria-keyshortcuts="Control+Z" onClick={props.onUndo}>
        {toolbar.undo}
      </button>
      <button type="button" disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z" onClick={props.onRedo}>
        {toolbar.redo}
      </button>
      <DownloadLink text={props.text} file={props.file} label={toolbar.download} />
      <LazyPart load={PUBLISH_PART} props={{ text: props.text, file: props.file, locale: props.locale }} failed={props.texts.ui.partFailed} />
      <span role="status" class={saveState.kind === 'failed' ? 'error studio-save' : 'hint studio-save'}>
        {saved}
      </span>
    </div>
  );
}
