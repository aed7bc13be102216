import { DIMENSIONS } from '../../../engine/index.ts';
import { useGame } from '../../ui/gameContext.ts';
import { RuleTextFields } from './blocks.tsx';
import { useForm } from './formContext.ts';
import { Choice, NameRefs, TextInput, TextList, Toggle } from './inputs.tsx';
import { ItemList } from './ItemList.tsx';
import { SectionHeading } from './SectionHeading.tsx';

/** The scenario's own rules: what must not be said, what must be said, and contradictions. */
export function PolicyForm() {
  const { texts } = useForm();
  // The game's own names of the dimensions, as the debrief shows them.
  const { t } = useGame();
  const { blocks } = texts.ui;
  const dimensions = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, t(`debrief.dimension.${dimension}`)]));
  const start = { id: 'new-rule', explain: '…', better: '…' };
  return (
    <>
      <SectionHeading section="policy" />
      <ItemList path={['policy', 'forbidden']} heading={blocks.forbiddenList} itemName={blocks.forbidden} newItem={{ ...start, keywords: ['…'] }}>
        {(path) => (
          <>
            <div class="studio-field-row">
              <TextInput path={[...path, 'id']} field="rule.id" />
              <NameRefs path={[...path, 'intent']} field="rule.intent" optional />
              <Choice path={[...path, 'dimension']} field="rule.dimension" optional options={dimensions} />
            </div>
            <TextList path={[...path, 'keywords']} field="rule.keywords" />
            <Toggle path={[...path, 'unsettles']} field="rule.unsettles" />
            <RuleTextFields path={path} />
          </>
        )}
      </ItemList>
      <ItemList path={['policy', 'required']} heading={blocks.requiredList} itemName={blocks.required} newItem={{ ...start, intent: 'any' }}>
        {(path) => (
          <>
            <div class="studio-field-row">
              <TextInput path={[...path, 'id']} field="rule.id" />
              <NameRefs path={[...path, 'intent']} field="rule.intent" />
              <Choice path={[...path, 'dimension']} field="rule.dimension" optional options={dimensions} />
            </div>
            <RuleTextFields path={path} />
          </>
        )}
      </ItemList>
      <ItemList path={['policy', 'contradictions']} heading={blocks.contradictionList} itemName={blocks.contradiction} newItem={{ ...start, first: 'any', then: 'any' }}>
        {(path) => (
          <>
            <div class="studio-field-row">
              <TextInput path={[...path, 'id']} field="rule.id" />
              <NameRefs path={[...path, 'first']} field="rule.first" />
              <NameRefs path={[...path, 'then']} field="rule.then" />
            </div>
            <RuleTextFields path={path} />
          </>
        )}
      </ItemList>
    </>
  );
}
