import { useEffect, useState } from 'preact/hooks';
import type { Problem } from '../../../engine/index.ts';
import { ClassroomRefusal } from '../../classroom/classroomApi.ts';
import { useGame } from '../../ui/gameContext.ts';
import { ScenarioProblems } from '../../ui/ScenarioProblems.tsx';
import type { StudioLocale } from '../studioPart.ts';
import { fill, texts, type PublishTextKey } from './texts.ts';
import { trainerClasses, type TrainerClassChoice } from './trainerClasses.ts';

type Classes = { kind: 'loading' } | { kind: 'ready'; classes: TrainerClassChoice[] } | { kind: 'unreachable' };
type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'published'; message: string } | { kind: 'refused'; message: string; problems: Problem[] };

/** Error codes this part words itself; any other refusal is shown in the server's words. */
const WORDED = new Set(['invalid-scenario', 'bundled-scenario-id', 'too-many-scenarios', 'payload-too-large', 'forbidden', 'class-not-found', 'rate-limited']);

/**
 * The studio's "publish to a class": the trainer picks one of the classes whose trainer token this
 * browser keeps and publishes the studio's current text to it. The server checks it with the same
 * engine; its problems come back by file:line:column.
 */
export function PublishToClass({ text, file, locale }: { text: string; file: string; locale: StudioLocale }) {
  const { store, api } = useGame();
  const words = texts[locale];
  const say = (key: PublishTextKey, values?: Record<string, string | number>) => fill(words[key], values);
  const [classes, setClasses] = useState<Classes>({ kind: 'loading' });
  const [chosen, setChosen] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  useEffect(() => {
    let current = true;
    trainerClasses(api, store.trainerTokens).then(
      (found) => {
        if (!current) return;
        setClasses({ kind: 'ready', classes: found });
        setChosen((before) => before || (found[0]?.classId ?? ''));
      },
      () => current && setClasses({ kind: 'unreachable' }),
    );
    return () => {
      current = false;
    };
  }, [api, store]);

  const publish = async (event: Event) => {
    event.preventDefault();
    if (classes.kind !== 'ready') return;
    const target = classes.classes.find((candidate) => candidate.classId === chosen);
    if (!target) return;
    setOutcome({ kind: 'busy' });
    try {
      const { published, created } = await api.publishScenario(target.classId, target.token, { file, text });
      setOutcome({ kind: 'published', message: say(created ? 'published' : 'unchanged', { name: target.name, code: target.code, revision: published.revision }) });
    } catch (error) {
      if (!(error instanceof ClassroomRefusal)) return setOutcome({ kind: 'refused', message: say('unreachable'), problems: [] });
      const message = WORDED.has(error.error) ? say(`error.${error.error}` as PublishTextKey) : error.message;
      setOutcome({ kind: 'refused', message, problems: error.problems });
    }
  };

  return (
    // Folded: the studio's work is the scenario; publishing is its last step.
    <details class="publish-to-class">
      <summary>
        <h2>{say('heading')}</h2>
      </summary>
      {classes.kind === 'loading' && <p role="status">{say('loading')}</p>}
      {classes.kind === 'unreachable' && <p role="alert">{say('unreachable')}</p>}
      {classes.kind === 'ready' && classes.classes.length === 0 && <p>{say('noClasses')}</p>}
      {classes.kind === 'ready' && classes.classes.length > 0 && (
        <form class="stack" onSubmit={publish}>
          <label for="publish-class">{say('classLabel')}</label>
          <select id="publish-class" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
            {classes.classes.map((choice) => (
              <option key={choice.classId} value={choice.classId}>
                {say('classOption', { name: choice.name, code: choice.code })}
              </option>
            ))}
          </select>
          <button type="submit" class="primary" disabled={outcome.kind === 'busy'}>
            {say('publish')}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {outcome.kind === 'busy' && <p role="status">{say('publishing')}</p>}
        {outcome.kind === 'published' && (
          <p role="status" data-testid="publish-result">
            {outcome.message}
          </p>
        )}
      </div>
      {outcome.kind === 'refused' && (
        <div role="alert" class="error">
          <p>
            {say('refused')} {outcome.message}
          </p>
          {outcome.problems.length > 0 && <ScenarioProblems problems={outcome.problems} />}
        </div>
      )}
    </details>
  );
}
