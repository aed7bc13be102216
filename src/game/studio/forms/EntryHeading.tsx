import { useState } from 'preact/hooks';
import { removeValue, renameEntry } from '../document/documentEdits.ts';
import { format } from '../texts/format.ts';
import { checkNewName } from './entryNames.ts';
import { useForm, valueAt } from './formContext.ts';

/**
 * The heading of one state, intent, list or fact, with renaming and removal. References to the old
 * name elsewhere are not rewritten: the check then names each one, so nothing changes silently.
 */
export function EntryHeading({ section, name, onRenamed, onRemoved }: { section: string; name: string; onRenamed(name: string): void; onRemoved(): void }) {
  const { raw, edit, texts } = useForm();
  const [draft, setDraft] = useState(name);
  const [message, setMessage] = useState<string | null>(null);
  const id = `rename-${section}`;
  const rename = (event: Event) => {
    event.preventDefault();
    const wanted = draft.trim();
    if (wanted === name) return;
    const verdict = checkNewName(wanted, Object.keys((valueAt(raw, [section]) as object | undefined) ?? {}));
    if (verdict !== 'ok') {
      setMessage(verdict === 'taken' ? format(texts.ui.forms.nameTaken, { name: wanted }) : texts.ui.forms.nameInvalid);
      return;
    }
    setMessage(null);
    edit((text) => renameEntry(text, [section], name, wanted));
    onRenamed(wanted);
  };
  return (
    <div class="studio-entry-heading">
      <h2 tabIndex={-1} class="studio-form-heading">
        {texts.ui.sections[section as keyof typeof texts.ui.sections]}: {name}
      </h2>
      <form class="row" onSubmit={rename}>
        <label for={id}>{texts.fields.name.label}</label>
        <input id={id} type="text" value={draft} aria-invalid={message ? 'true' : undefined} onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="submit">{texts.ui.forms.rename}</button>
        <button
          type="button"
          class="link"
          onClick={() => {
            edit((text) => removeValue(text, [section, name]));
            onRemoved();
          }}
        >
          {texts.ui.forms.remove}
        </button>
      </form>
      {message && (
        <p role="alert" class="error">
          {message}
        </p>
      )}
    </div>
  );
}
