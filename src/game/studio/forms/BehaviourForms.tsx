import { useForm } from './formContext.ts';
import { NEW_SILENCE_STEP, NEW_TRANSITION, SilenceFields, TransitionFields } from './blocks.tsx';
import { ItemList } from './ItemList.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** The silence steps every state uses unless it has its own. */
export function DefaultsForm() {
  const { texts } = useForm();
  return (
    <>
      <SectionHeading section="defaults" />
      <ItemList path={['defaults', 'silence']} heading={texts.ui.blocks.silenceSteps} itemName={texts.ui.blocks.silence} newItem={NEW_SILENCE_STEP}>
        {(path) => <SilenceFields path={path} />}
      </ItemList>
    </>
  );
}

/** The reactions tried in every state before the state's own. */
export function AnytimeForm() {
  const { texts } = useForm();
  return (
    <>
      <SectionHeading section="anytime" />
      <ItemList path={['anytime']} heading={texts.ui.blocks.on} itemName={texts.ui.blocks.transition} newItem={NEW_TRANSITION}>
        {(path) => <TransitionFields path={path} />}
      </ItemList>
    </>
  );
}
