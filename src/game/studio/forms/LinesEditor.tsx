import { appendItem, removeValue, setOrRemove, setValue } from '../document/documentEdits.ts';
import type { DocumentPath } from '../studioPart.ts';
import type { FieldKey } from '../texts/fields.it.ts';
import { format } from '../texts/format.ts';
import { pathAttribute, pathId, useForm, valueAt } from './formContext.ts';
import { NotInForms } from './inputs.tsx';
import { linePath, readLines, writeLines, type LinesKind } from './linesShape.ts';
import { useFieldDraft } from './useFieldDraft.ts';

const KINDS: LinesKind[] = ['single', 'list', 'cycle', 'shuffle', 'once', 'sequence'];

/**
 * What the customer writes: one message, several in a row, or variants. The common shapes are
 * edited here; others (onlookers' lines in a public thread) are left to the text tab, whole.
 */
export function LinesEditor({ path, field, optional = true }: { path: DocumentPath; field: FieldKey; optional?: boolean }) {
  const { raw, edit, texts } = useForm();
  const shape = readLines(valueAt(raw, path));
  if (shape.kind === 'other') return <NotInForms path={path} field={field} />;
  const { label, help } = texts.fields[field];
  const id = pathId(path);
  const changeKind = (kind: LinesKind) => edit((text) => setOrRemove(text, path, writeLines(kind, shape.lines) ?? writeLines(kind, ['…'])));
  return (
    <fieldset class="studio-lines" data-path={pathAttribute(path)} aria-describedby={`${id}-help`}>
      <legend>{label}</legend>
      <p class="hint" id={`${id}-help`}>
        {help}
      </p>
      <label for={`${id}-kind`}>{texts.ui.lines.kind}</label>
      <select id={`${id}-kind`} value={shape.kind} onChange={(event) => changeKind(event.currentTarget.value as LinesKind)}>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {texts.ui.lines[kind]}
          </option>
        ))}
      </select>
      {shape.lines.map((line, index) => (
        <LineInput key={index} path={path} kind={shape.kind} index={index} line={line} count={shape.lines.length} optional={optional} id={shape.kind === 'single' ? id : `${id}-${index}`} />
      ))}
      {shape.kind !== 'single' && (
        <button type="button" onClick={() => edit((text) => appendItem(text, [...path, ...(shape.kind === 'list' ? [] : [shape.kind])], '…'))}>
          {texts.ui.lines.addLine}
        </button>
      )}
    </fieldset>
  );
}

function LineInput({ path, kind, index, line, count, optional, id }: { path: DocumentPath; kind: LinesKind; index: number; line: string; count: number; optional: boolean; id: string }) {
  const { edit, texts } = useForm();
  const where = [...path, ...linePath(kind, index)];
  const [value, onInput] = useFieldDraft(
    line,
    (typed) => typed,
    (typed) => edit((text) => (kind === 'single' ? (optional ? setOrRemove(text, path, typed) : setValue(text, path, typed)) : setValue(text, where, typed))),
  );
  const name = format(texts.ui.lines.line, { n: index + 1 });
  return (
    <div class="studio-line" data-path={pathAttribute(where)}>
      <label for={id} class={kind === 'single' ? 'sr-only' : undefined}>
        {name}
      </label>
      <textarea id={id} rows={2} value={value} onInput={(event) => onInput(event.currentTarget.value)} />
      {kind !== 'single' && count > 1 && (
        <button type="button" class="link" aria-label={`${texts.ui.forms.remove}: ${name}`} onClick={() => edit((text) => removeValue(text, where))}>
          {texts.ui.forms.remove}
        </button>
      )}
    </div>
  );
}
