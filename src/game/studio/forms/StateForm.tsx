import { appendItem } from '../document/documentEdits.ts';
import { ExpectationFields, NEW_SILENCE_STEP, NEW_TRANSITION, SilenceFields, TransitionFields } from './blocks.tsx';
import { EntryHeading } from './EntryHeading.tsx';
import { useForm, valueAt } from './formContext.ts';
import { Choice, NumberInput } from './inputs.tsx';
import { ItemList } from './ItemList.tsx';
import { LinesEditor } from './LinesEditor.tsx';

const NEW_EXPECTATION = { id: 'new-need', intent: 'any', followUp: '…', explain: '…', better: '…' };

/** One state of the customer: what they say on arrival, how they react, their silences and needs. */
export function StateForm({ name }: { name: string }) {
  const { raw, edit, texts, navigate } = useForm();
  const { choices } = texts;
  const { blocks } = texts.ui;
  const path = ['states', name];
  const ownSilence = valueAt(raw, [...path, 'silence']) !== undefined;
  return (
    <>
      <EntryHeading section="states" name={name} onRenamed={(renamed) => navigate(['states', renamed])} onRemoved={() => navigate(['states'])} />
      <LinesEditor path={[...path, 'say']} field="state.say" />
      <div class="studio-field-row">
        <Choice path={[...path, 'phase']} field="state.phase" optional options={choices.phase} />
        <Choice path={[...path, 'outcome']} field="state.outcome" optional options={choices.outcome} />
      </div>
      <ItemList path={[...path, 'on']} heading={blocks.on} itemName={blocks.transition} newItem={NEW_TRANSITION}>
        {(itemPath) => <TransitionFields path={itemPath} />}
      </ItemList>
      <fieldset class="studio-otherwise">
        <legend>{blocks.otherwise}</legend>
        <LinesEditor path={[...path, 'otherwise', 'say']} field="otherwise.say" />
        <NumberInput path={[...path, 'otherwise', 'mood']} field="otherwise.mood" optional min={-10} max={10} />
      </fieldset>
      {ownSilence ? (
        <ItemList path={[...path, 'silence']} heading={blocks.silenceOwn} itemName={blocks.silence} newItem={NEW_SILENCE_STEP}>
          {(itemPath) => <SilenceFields path={itemPath} />}
        </ItemList>
      ) : (
        <section class="studio-items" aria-label={blocks.silenceSteps}>
          <h3>{blocks.silenceSteps}</h3>
          <p class="hint">{blocks.silenceInherited}</p>
          <button type="button" onClick={() => edit((text) => appendItem(text, [...path, 'silence'], NEW_SILENCE_STEP))}>
            {texts.ui.forms.add}: {blocks.silenceOwn}
          </button>
        </section>
      )}
      <ItemList path={[...path, 'expect']} heading={blocks.expect} itemName={blocks.expectation} newItem={NEW_EXPECTATION}>
        {(itemPath) => <ExpectationFields path={itemPath} />}
      </ItemList>
    </>
  );
}
