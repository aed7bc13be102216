import { removeValue } from '../document/documentEdits.ts';
import { useForm } from './formContext.ts';
import { Choice, NumberInput, TextInput } from './inputs.tsx';
import { ItemList } from './ItemList.tsx';

/** One test conversation: the agent's timed replies and the result they must give. */
export function TestForm({ index }: { index: number }) {
  const { edit, texts, navigate } = useForm();
  const path = ['tests', index];
  const { blocks } = texts.ui;
  return (
    <>
      <div class="studio-entry-heading">
        <h2 tabIndex={-1} class="studio-form-heading">
          {texts.ui.sections.tests}: {index + 1}
        </h2>
        <button
          type="button"
          class="link"
          onClick={() => {
            edit((text) => removeValue(text, path));
            navigate(['tests']);
          }}
        >
          {texts.ui.forms.remove}
        </button>
      </div>
      <div class="studio-field-row">
        <TextInput path={[...path, 'name']} field="test.name" />
        <NumberInput path={[...path, 'seed']} field="test.seed" optional min={0} />
      </div>
      <fieldset>
        <legend>{blocks.expectResult}</legend>
        <div class="studio-field-row">
          <Choice path={[...path, 'expect', 'outcome']} field="test.outcome" optional options={texts.choices.outcome} />
          <NumberInput path={[...path, 'expect', 'total', 'min']} field="test.totalMin" optional min={0} max={100} />
          <NumberInput path={[...path, 'expect', 'total', 'max']} field="test.totalMax" optional min={0} max={100} />
        </div>
      </fieldset>
      <ItemList path={[...path, 'replies']} heading={blocks.replies} itemName={blocks.reply} newItem={{ delay: 5, text: '…' }}>
        {(replyPath) => (
          <>
            <NumberInput path={[...replyPath, 'delay']} field="reply.delay" min={0} max={3600} />
            <TextInput path={[...replyPath, 'text']} field="reply.text" multiline />
          </>
        )}
      </ItemList>
    </>
  );
}
