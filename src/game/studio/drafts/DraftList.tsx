import { useGame } from '../../ui/gameContext.ts';
import type { StudioLanguage } from '../texts/studioTexts.ts';
import { format } from '../texts/format.ts';
import type { DraftSummary } from './draftStore.ts';

/** The drafts kept in this browser, newest first: open one, or delete it after a confirmation. */
export function DraftList({
  drafts,
  texts,
  dateLocale,
  onOpen,
  onDelete,
}: {
  drafts: readonly DraftSummary[];
  texts: StudioLanguage;
  dateLocale: string;
  onOpen(id: string): void;
  onDelete(id: string): void;
}) {
  const { confirm } = useGame();
  const { open } = texts.ui;
  if (drafts.length === 0) return <p class="hint">{open.noDrafts}</p>;
  const askDelete = async (draft: DraftSummary) => {
    const yes = await confirm({ heading: open.deleteHeading, text: format(open.deleteText, { name: draft.name }), confirm: open.deleteConfirm, cancel: open.deleteCancel });
    if (yes) onDelete(draft.id);
  };
  return (
    <ul class="studio-drafts">
      {drafts.map((draft) => (
        <li key={draft.id} data-draft={draft.id}>
          <span class="studio-draft-name">{draft.name}</span>{' '}
          <span class="hint">{format(open.changed, { when: new Date(draft.updatedAt).toLocaleString(dateLocale, { dateStyle: 'short', timeStyle: 'short' }) })}</span>
          <span class="studio-draft-actions">
            <button type="button" aria-label={`${open.openDraft}: ${draft.name}`} onClick={() => onOpen(draft.id)}>
              {open.openDraft}
            </button>
            <button type="button" class="link" aria-label={`${open.deleteDraft}: ${draft.name}`} onClick={() => void askDelete(draft)}>
              {open.deleteDraft}
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}
