import { LOCALE_CODES } from '../../../engine/index.ts';
import { useNames } from './blocks.tsx';
import { useForm } from './formContext.ts';
import { Choice, NumberInput, TextInput, TextList, Toggle } from './inputs.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** The scenario's card and brief: what the picker shows and the trainee reads first. */
export function MetadataForm() {
  const { texts } = useForm();
  const { choices } = texts;
  const locales = Object.fromEntries(LOCALE_CODES.map((code) => [code, choices.locale[code as keyof typeof choices.locale] ?? code]));
  const states = useNames('states');
  return (
    <>
      <SectionHeading section="metadata" />
      <div class="studio-field-row">
        <TextInput path={['title']} field="title" />
        <TextInput path={['id']} field="id" />
      </div>
      <div class="studio-field-row">
        <Choice path={['locale']} field="locale" options={locales} />
        <Choice path={['channel']} field="channel" options={choices.channel} />
        <NumberInput path={['difficulty']} field="difficulty" min={1} max={5} />
      </div>
      <TextInput path={['brief']} field="brief" multiline />
      <div class="studio-field-row">
        <TextInput path={['company']} field="company" />
        <TextInput path={['agent']} field="agent" />
        <Choice path={['register']} field="register" optional options={choices.register} />
      </div>
      <div class="studio-field-row">
        <Toggle path={['complaint']} field="complaint" />
        <Choice path={['start']} field="start" optional options={states} />
      </div>
      <TextList path={['jargon']} field="jargon" />
    </>
  );
}

/** The customer the trainee chats with. */
export function CustomerForm() {
  return (
    <>
      <SectionHeading section="customer" />
      <div class="studio-field-row">
        <TextInput path={['customer', 'name']} field="customer.name" />
        <TextInput path={['customer', 'avatar']} field="customer.avatar" optional />
      </div>
      <div class="studio-field-row">
        <NumberInput path={['customer', 'mood']} field="customer.mood" optional min={-5} max={5} />
        <NumberInput path={['customer', 'patience']} field="customer.patience" optional min={1} max={3600} />
        <Toggle path={['customer', 'knownName']} field="customer.knownName" />
      </div>
    </>
  );
}
