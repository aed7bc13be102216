import { appendItem } from '../document/documentEdits.ts';
import { useForm, valueAt } from './formContext.ts';
import type { Collection } from './formRoute.ts';
import { NewEntry } from './NewEntry.tsx';
import { SectionHeading } from './SectionHeading.tsx';

const STARTS: Record<Exclude<Collection, 'tests'>, unknown> = {
  states: { say: '…' },
  intents: { keywords: ['…'] },
  facts: { known: 'no' },
};

/** The list of a collection's entries, each opening its form, and the way to add one. */
export function CollectionForm({ section }: { section: Collection }) {
  const { raw, edit, texts, navigate } = useForm();
  const value = valueAt(raw, [section]);
  const entries: { key: string | number; label: string }[] = Array.isArray(value)
    ? value.map((test, index) => ({ key: index, label: typeof test?.name === 'string' ? test.name : String(index + 1) }))
    : Object.keys((value as object | undefined) ?? {}).map((name) => ({ key: name, label: name }));
  return (
    <>
      <SectionHeading section={section} />
      {entries.length === 0 && <p class="hint">{texts.ui.forms.empty}</p>}
      <ul class="studio-entries">
        {entries.map((entry) => (
          <li key={entry.key}>
            <button type="button" class="link" onClick={() => navigate([section, entry.key])}>
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
      {section === 'tests' ? (
        <button
          type="button"
          onClick={() => {
            edit((text) => appendItem(text, ['tests'], { name: '…', replies: [], expect: {} }));
            navigate(['tests', entries.length]);
          }}
        >
          {texts.ui.forms.add}
        </button>
      ) : (
        <NewEntry path={[section]} start={STARTS[section]} onAdded={(name) => navigate([section, name])} />
      )}
    </>
  );
}
