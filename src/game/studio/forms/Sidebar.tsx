import type { DocumentPath } from '../studioPart.ts';
import { useForm, valueAt } from './formContext.ts';
import { COLLECTIONS, formKey, SECTIONS, type Collection, type FormRoute } from './formRoute.ts';

/** The scenario's parts as a tree: sections, and the states, intents, facts and tests inside them. */
export function Sidebar({ current, onOpen }: { current: FormRoute; onOpen(path: DocumentPath): void }) {
  const { raw, texts } = useForm();
  const currentKey = formKey(current);
  const link = (path: DocumentPath, label: string, key: string) => (
    <button type="button" class="link" aria-current={key === currentKey ? 'page' : undefined} onClick={() => onOpen(path)}>
      {label}
    </button>
  );
  const entries = (section: Collection) => {
    const value = valueAt(raw, [section]);
    if (Array.isArray(value)) return value.map((test, index) => ({ key: index, label: typeof test?.name === 'string' ? test.name : String(index + 1) }));
    return Object.keys((value as object | undefined) ?? {}).map((name) => ({ key: name as string | number, label: name }));
  };
  return (
    <nav class="studio-sidebar" aria-label={texts.ui.forms.sections}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            {link(section === 'metadata' ? [] : [section], texts.ui.sections[section], section)}
            {(COLLECTIONS as readonly string[]).includes(section) && (
              <ul>
                {entries(section as Collection).map(({ key, label }) => (
                  <li key={key}>{link([section, key], label, `${section}/${key}`)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
