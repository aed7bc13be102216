import { useState } from 'preact/hooks';
import { addEntry } from '../document/documentEdits.ts';
import type { DocumentPath } from '../studioPart.ts';
import { format } from '../texts/format.ts';
import { checkNewName } from './entryNames.ts';
import { pathId, useForm, valueAt } from './formContext.ts';

/** Adds a named entry (a state, an intent, a list, a fact) from a small valid start, then opens it. */
export function NewEntry({ path, start, onAdded }: { path: DocumentPath; start: unknown; onAdded?: (name: string) => void }) {
  const { raw, edit, texts } = useForm();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = `${pathId(path)}-new`;
  const existing = Object.keys((valueAt(raw, path) as object | undefined) ?? {});
  const add = (event: Event) => {
    event.preventDefault();
    const wanted = name.trim();
    const verdict = checkNewName(wanted, existing);
    if (verdict !== 'ok') {
      setMessage(verdict === 'taken' ? format(texts.ui.forms.nameTaken, { name: wanted }) : texts.ui.forms.nameInvalid);
      return;
    }
    setMessage(null);
    setName('');
    edit((text) => addEntry(text, path, wanted, start));
    onAdded?.(wanted);
  };
  return (
    <form class="studio-new-entry" onSubmit={add}>
      <label for={id}>{texts.ui.forms.newName}</label>
      <span class="row">
        <input
          id={id}
          type="text"
          value={name}
          aria-invalid={message ? 'true' : undefined}
          aria-describedby={message ? `${id}-message` : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit">{texts.ui.forms.add}</button>
      </span>
      {message && (
        <p id={`${id}-message`} role="alert" class="error">
          {message}
        </p>
      )}
    </form>
  );
}
