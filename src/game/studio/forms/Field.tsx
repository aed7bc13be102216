import type { ComponentChildren } from 'preact';
import type { DocumentPath } from '../studioPart.ts';
import type { FieldKey } from '../texts/fields.it.ts';
import { pathAttribute, pathId, useForm } from './formContext.ts';

/** A labelled form control with its help text, marked with its document path for problems to find it. */
export function Field({
  path,
  field,
  children,
  wide,
  label: ownLabel,
}: {
  path: DocumentPath;
  field: FieldKey;
  children: (ids: { id: string; helpId: string }) => ComponentChildren;
  wide?: boolean;
  label?: string;
}) {
  const { texts } = useForm();
  const { label, help } = texts.fields[field];
  const id = pathId(path);
  const helpId = `${id}-help`;
  return (
    <div class={wide ? 'studio-field wide' : 'studio-field'} data-path={pathAttribute(path)}>
      <label for={id}>{ownLabel ?? label}</label>
      {children({ id, helpId })}
      <p class="hint" id={helpId}>
        {help}
      </p>
    </div>
  );
}
