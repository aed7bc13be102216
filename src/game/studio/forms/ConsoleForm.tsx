import { PHASES } from '../../../engine/index.ts';
import { setValue } from '../document/documentEdits.ts';
import type { DocumentPath } from '../studioPart.ts';
import { useNames } from './blocks.tsx';
import { pathAttribute, pathId, useForm, valueAt } from './formContext.ts';
import { Choice, TextInput, Toggle } from './inputs.tsx';
import { ItemList } from './ItemList.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** The agent's console beside the chat: the customer's record and the canned replies. */
export function ConsoleForm() {
  const { texts } = useForm();
  const facts = useNames('facts');
  const { blocks } = texts.ui;
  return (
    <>
      <SectionHeading section="console" />
      <ItemList path={['console', 'record']} heading={blocks.record2} itemName={blocks.record} newItem={{ label: '…', value: '…' }}>
        {(path) => (
          <div class="studio-field-row">
            <TextInput path={[...path, 'label']} field="record.label" />
            <Choice path={[...path, 'fact']} field="record.fact" optional options={facts} />
            <TextInput path={[...path, 'value']} field="record.value" optional />
          </div>
        )}
      </ItemList>
      <ItemList path={['console', 'canned']} heading={blocks.cannedList} itemName={blocks.canned} newItem={{ label: '…', text: '…' }}>
        {(path) => (
          <>
            <TextInput path={[...path, 'label']} field="canned.label" />
            <TextInput path={[...path, 'text']} field="canned.text" multiline />
            <PhaseChoices path={[...path, 'phases']} />
            <Toggle path={[...path, 'complaints']} field="canned.complaints" defaultValue />
          </>
        )}
      </ItemList>
    </>
  );
}

/** The phases a canned reply fits, as checkboxes; all of them is the format's default, written as nothing. */
function PhaseChoices({ path }: { path: DocumentPath }) {
  const { raw, edit, texts } = useForm();
  const value = valueAt(raw, path);
  const chosen = Array.isArray(value) ? value : [...PHASES];
  const toggle = (phase: string, on: boolean) => {
    const next = PHASES.filter((candidate) => (candidate === phase ? on : chosen.includes(candidate)));
    edit((text) => setValue(text, path, next));
  };
  const { label, help } = texts.fields['canned.phases'];
  const helpId = `${pathId(path)}-help`;
  return (
    <fieldset class="studio-field wide" data-path={pathAttribute(path)} aria-describedby={helpId}>
      <legend>{label}</legend>
      <span class="row">
        {PHASES.map((phase) => (
          <label key={phase}>
            <input type="checkbox" checked={chosen.includes(phase)} onChange={(event) => toggle(phase, event.currentTarget.checked)} /> {texts.choices.phase[phase]}
          </label>
        ))}
      </span>
      <p class="hint" id={helpId}>
        {help}
      </p>
    </fieldset>
  );
}
