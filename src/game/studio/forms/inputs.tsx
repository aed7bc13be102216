import { setOrRemove, setTextList, setValue } from '../document/documentEdits.ts';
import type { DocumentPath } from '../studioPart.ts';
import type { FieldKey } from '../texts/fields.it.ts';
import { Field } from './Field.tsx';
import { useForm, valueAt } from './formContext.ts';
import { useFieldDraft } from './useFieldDraft.ts';

interface InputProps {
  path: DocumentPath;
  field: FieldKey;
  /** An optional key is removed when emptied; a required one is kept empty, for the check to name it. */
  optional?: boolean;
  /** A label of its own where the field's name needs more (a dimension's weight). */
  label?: string;
}

const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** A text (one line, or several for a brief or an explanation). */
export function TextInput({ path, field, optional, multiline }: InputProps & { multiline?: boolean }) {
  const { raw, edit } = useForm();
  const [value, onInput] = useFieldDraft(
    asText(valueAt(raw, path)),
    (typed) => typed,
    (typed) => edit((text) => (optional ? setOrRemove(text, path, typed) : setValue(text, path, typed))),
  );
  return (
    <Field path={path} field={field} wide={multiline}>
      {({ id, helpId }) =>
        multiline ? (
          <textarea id={id} aria-describedby={helpId} rows={4} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
        ) : (
          <input id={id} aria-describedby={helpId} type="text" value={value} onInput={(event) => onInput(event.currentTarget.value)} />
        )
      }
    </Field>
  );
}

/** A number; what is not a number yet (a lone minus sign) waits in the field without being written. */
export function NumberInput({ path, field, optional, min, max, step = 1, label }: InputProps & { min?: number; max?: number; step?: number }) {
  const { raw, edit } = useForm();
  const [value, onInput] = useFieldDraft(
    asText(valueAt(raw, path)),
    (typed) => typed.trim(),
    (typed) => {
      const number = Number(typed);
      if (typed.trim() === '') edit((text) => (optional ? setOrRemove(text, path, '') : text));
      else if (Number.isFinite(number)) edit((text) => setValue(text, path, number));
    },
  );
  return (
    <Field path={path} field={field} label={label}>
      {({ id, helpId }) => (
        <input id={id} aria-describedby={helpId} type="number" inputMode="decimal" min={min} max={max} step={step} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      )}
    </Field>
  );
}

/** One of a fixed set of values, shown in the trainer's words; an optional one can be unset. */
export function Choice({ path, field, optional, options }: InputProps & { options: Record<string, string> }) {
  const { raw, edit, texts } = useForm();
  const current = asText(valueAt(raw, path));
  const known = current === '' || current in options;
  return (
    <Field path={path} field={field}>
      {({ id, helpId }) => (
        <select id={id} aria-describedby={helpId} value={current} onChange={(event) => edit((text) => setOrRemove(text, path, event.currentTarget.value))}>
          {(optional || current === '') && <option value="">{texts.ui.forms.notSet}</option>}
          {/* A value the format does not know stays visible, for the check to explain it. */}
          {!known && <option value={current}>{current}</option>}
          {Object.entries(options).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * A yes-or-no value; the format's default is written as nothing. `trueValue` is what "yes" writes
 * where the format wants a word (`act: request`).
 */
export function Toggle({ path, field, defaultValue = false, trueValue = true }: InputProps & { defaultValue?: boolean; trueValue?: boolean | string }) {
  const { raw, edit } = useForm();
  const value = valueAt(raw, path);
  const checked = value === undefined ? defaultValue : value === trueValue;
  return (
    <Field path={path} field={field}>
      {({ id, helpId }) => (
        <input
          id={id}
          aria-describedby={helpId}
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            edit((text) => (next === defaultValue ? setOrRemove(text, path, '') : setValue(text, path, next ? trueValue : false)));
          }}
        />
      )}
    </Field>
  );
}

const lines = (typed: string) =>
  typed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A list of texts, one per line of a text box; items that are not texts send the trainer to the text tab. */
export function TextList({ path, field }: InputProps) {
  const { raw, edit } = useForm();
  const value = valueAt(raw, path);
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const editable = items.every((item) => typeof item === 'string' || typeof item === 'number');
  const [typed, onInput] = useFieldDraft(
    items.map(String).join('\n'),
    (text) => lines(text).join('\n'),
    (text) => edit((current) => setTextList(current, path, lines(text))),
  );
  if (!editable) return <NotInForms path={path} field={field} />;
  return (
    <Field path={path} field={field} wide>
      {({ id, helpId }) => <textarea id={id} aria-describedby={helpId} rows={Math.min(10, Math.max(3, items.length + 1))} value={typed} onInput={(event) => onInput(event.currentTarget.value)} />}
    </Field>
  );
}

const names = (typed: string) =>
  typed
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** Intent names separated by commas: one is written as a name, several as a list. */
export function NameRefs({ path, field, optional }: InputProps) {
  const { raw, edit } = useForm();
  const value = valueAt(raw, path);
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  const [typed, onInput] = useFieldDraft(
    items.join(', '),
    (text) => names(text).join(', '),
    (text) => {
      const next = names(text);
      edit((current) => (next.length === 0 ? (optional ? setOrRemove(current, path, '') : setValue(current, path, '')) : setValue(current, path, next.length === 1 ? next[0] : next)));
    },
  );
  return (
    <Field path={path} field={field}>
      {({ id, helpId }) => <input id={id} aria-describedby={helpId} type="text" value={typed} onInput={(event) => onInput(event.currentTarget.value)} />}
    </Field>
  );
}

/** A value whose shape the forms do not edit: said plainly, with the way to the text tab. */
export function NotInForms({ path, field }: InputProps) {
  const { texts, openText } = useForm();
  return (
    <Field path={path} field={field} wide>
      {({ id, helpId }) => (
        <p class="studio-not-in-forms">
          <span>{texts.ui.forms.editInText}</span>{' '}
          <button type="button" id={id} aria-describedby={helpId} class="link" onClick={openText}>
            {texts.ui.forms.openText}
          </button>
        </p>
      )}
    </Field>
  );
}
