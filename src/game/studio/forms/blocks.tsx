import type { DocumentPath } from '../studioPart.ts';
import { useForm } from './formContext.ts';
import { Choice, NameRefs, NumberInput, TextInput, TextList } from './inputs.tsx';
import { LinesEditor } from './LinesEditor.tsx';

/** The names of a mapping section of the scenario (its states, facts…), as menu choices. */
export function useNames(section: string): Record<string, string> {
  const { raw } = useForm();
  const value = raw[section];
  const names = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  return Object.fromEntries(names.map((name) => [name, name]));
}

/** What a reaction or a silence step does: say, change mood, learn facts, move on or end. */
export function EffectFields({ path }: { path: DocumentPath }) {
  const { texts } = useForm();
  const states = useNames('states');
  return (
    <>
      <LinesEditor path={[...path, 'say']} field="effect.say" />
      <div class="studio-field-row">
        <NumberInput path={[...path, 'mood']} field="effect.mood" optional min={-10} max={10} />
        <Choice path={[...path, 'goto']} field="effect.goto" optional options={states} />
        <Choice path={[...path, 'outcome']} field="effect.outcome" optional options={texts.choices.outcome} />
      </div>
      <TextList path={[...path, 'set']} field="effect.set" />
    </>
  );
}

/** A reaction to the agent's reply: when, only if, and what the customer does. */
export function TransitionFields({ path }: { path: DocumentPath }) {
  const { texts } = useForm();
  return (
    <>
      <NameRefs path={[...path, 'when']} field="transition.when" />
      <details class="studio-guard">
        <summary>{texts.ui.blocks.guard}</summary>
        <TextList path={[...path, 'if', 'facts']} field="guard.facts" />
        <TextList path={[...path, 'if', 'missing']} field="guard.missing" />
        <div class="studio-field-row">
          <NumberInput path={[...path, 'if', 'mood', 'below']} field="guard.below" optional />
          <NumberInput path={[...path, 'if', 'mood', 'atLeast']} field="guard.atLeast" optional />
        </div>
      </details>
      <EffectFields path={path} />
    </>
  );
}

/** A step of silence: after how long, and what the customer does. */
export function SilenceFields({ path }: { path: DocumentPath }) {
  return (
    <>
      <NumberInput path={[...path, 'after']} field="silence.after" min={1} max={3600} />
      <EffectFields path={path} />
    </>
  );
}

/** A need: what the agent must say unprompted in a state, and what happens when they do not. */
export function ExpectationFields({ path }: { path: DocumentPath }) {
  return (
    <>
      <div class="studio-field-row">
        <TextInput path={[...path, 'id']} field="expect.id" />
        <NameRefs path={[...path, 'intent']} field="expect.intent" />
        <NameRefs path={[...path, 'due']} field="expect.due" optional />
      </div>
      <LinesEditor path={[...path, 'followUp']} field="expect.followUp" optional={false} />
      <div class="studio-field-row">
        <NumberInput path={[...path, 'mood']} field="expect.mood" optional min={-10} max={10} />
        <NumberInput path={[...path, 'points']} field="expect.points" optional min={1} max={100} />
      </div>
      <TextInput path={[...path, 'explain']} field="expect.explain" multiline />
      <TextInput path={[...path, 'better']} field="expect.better" multiline />
    </>
  );
}

/** The text of a scoring rule: why it matters, a better reply, the points and an optional cap. */
export function RuleTextFields({ path }: { path: DocumentPath }) {
  return (
    <>
      <TextInput path={[...path, 'explain']} field="rule.explain" multiline />
      <TextInput path={[...path, 'better']} field="rule.better" multiline />
      <div class="studio-field-row">
        <NumberInput path={[...path, 'points']} field="rule.points" optional min={1} max={100} />
        <NumberInput path={[...path, 'cap']} field="rule.cap" optional min={0} max={100} />
      </div>
    </>
  );
}

/** New blocks start small but valid where they can, so the check has little to say. */
export const NEW_TRANSITION = { when: 'any', say: '…' };
export const NEW_SILENCE_STEP = { after: 30, say: '…' };
