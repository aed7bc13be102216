import { removeValue } from '../document/documentEdits.ts';
import { useForm, valueAt } from './formContext.ts';
import { TextList } from './inputs.tsx';
import { NewEntry } from './NewEntry.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** The named word lists that keywords include with `@name`. */
export function ListsForm() {
  const { raw, edit, texts } = useForm();
  const lists = Object.keys((valueAt(raw, ['lists']) as object | undefined) ?? {});
  return (
    <>
      <SectionHeading section="lists" />
      {lists.length === 0 && <p class="hint">{texts.ui.forms.empty}</p>}
      {lists.map((name) => (
        <section key={name} class="studio-items" aria-label={`@${name}`}>
          <div class="studio-item-head">
            <h3>@{name}</h3>
            <button type="button" class="link" aria-label={`${texts.ui.forms.remove}: @${name}`} onClick={() => edit((text) => removeValue(text, ['lists', name]))}>
              {texts.ui.forms.remove}
            </button>
          </div>
          <TextList path={['lists', name]} field="list.items" />
        </section>
      ))}
      <NewEntry path={['lists']} start={['…']} />
    </>
  );
}
