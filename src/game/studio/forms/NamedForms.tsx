import { Choice, TextInput, TextList, Toggle } from './inputs.tsx';
import { EntryHeading } from './EntryHeading.tsx';
import { useForm } from './formContext.ts';

/** One intent: the examples, keywords and data that make the engine recognise it in a reply. */
export function IntentForm({ name }: { name: string }) {
  const { navigate } = useForm();
  const path = ['intents', name];
  return (
    <>
      <EntryHeading section="intents" name={name} onRenamed={(renamed) => navigate(['intents', renamed])} onRemoved={() => navigate(['intents'])} />
      <TextList path={[...path, 'examples']} field="intent.examples" />
      <TextList path={[...path, 'keywords']} field="intent.keywords" />
      <TextList path={[...path, 'entities']} field="intent.entities" />
      <Toggle path={[...path, 'act']} field="intent.act" trueValue="request" />
    </>
  );
}

/** One fact of the scenario: who knows it at the start, its value, the words that name it. */
export function FactForm({ name }: { name: string }) {
  const { texts, navigate } = useForm();
  const path = ['facts', name];
  return (
    <>
      <EntryHeading section="facts" name={name} onRenamed={(renamed) => navigate(['facts', renamed])} onRemoved={() => navigate(['facts'])} />
      <div class="studio-field-row">
        <Choice path={[...path, 'known']} field="fact.known" optional options={texts.choices.known} />
        <TextInput path={[...path, 'value']} field="fact.value" optional />
      </div>
      <TextList path={[...path, 'keywords']} field="fact.keywords" />
    </>
  );
}
