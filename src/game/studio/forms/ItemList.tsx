import type { ComponentChildren } from 'preact';
import { appendItem, moveItem, removeValue } from '../document/documentEdits.ts';
import type { DocumentPath } from '../studioPart.ts';
import { format } from '../texts/format.ts';
import { pathAttribute, useForm, valueAt } from './formContext.ts';

/**
 * A list of blocks (reactions, silence steps, needs, rules…): each with its fields, moved up or
 * down or removed with its comments, and a new one added at the end from a small valid start.
 */
export function ItemList({
  path,
  heading,
  itemName,
  newItem,
  children,
}: {
  path: DocumentPath;
  heading: string;
  itemName: string;
  newItem: unknown;
  children: (itemPath: DocumentPath, index: number) => ComponentChildren;
}) {
  const { raw, edit, texts } = useForm();
  const value = valueAt(raw, path);
  const items = Array.isArray(value) ? value : [];
  const { forms } = texts.ui;
  return (
    <section class="studio-items" data-path={pathAttribute(path)} aria-label={heading}>
      <h3>{heading}</h3>
      {items.length === 0 && <p class="hint">{forms.empty}</p>}
      <ol>
        {items.map((_, index) => {
          const name = format(itemName, { n: index + 1 });
          return (
            <li key={index} class="studio-item" data-path={pathAttribute([...path, index])}>
              <div class="studio-item-head">
                <h4>{name}</h4>
                <span class="row">
                  <button type="button" class="link" disabled={index === 0} aria-label={`${forms.moveUp}: ${name}`} onClick={() => edit((text) => moveItem(text, path, index, index - 1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    class="link"
                    disabled={index === items.length - 1}
                    aria-label={`${forms.moveDown}: ${name}`}
                    onClick={() => edit((text) => moveItem(text, path, index, index + 1))}
                  >
                    ↓
                  </button>
                  <button type="button" class="link" aria-label={`${forms.remove}: ${name}`} onClick={() => edit((text) => removeValue(text, [...path, index]))}>
                    {forms.remove}
                  </button>
                </span>
              </div>
              {children([...path, index], index)}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit((text) => appendItem(text, path, newItem))}>
        {forms.add}: {format(itemName, { n: items.length + 1 })}
      </button>
    </section>
  );
}
