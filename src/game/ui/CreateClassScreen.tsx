import { useState } from 'preact/hooks';
import type { CreateClassResponse } from '../../classroom/contract.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { projectorPath, trainerLink } from '../classroom/route.ts';
import { bundledScenarios } from '../scenarios/scenarioCatalog.ts';
import { useGame } from './gameContext.ts';

/** A `datetime-local` value as an ISO instant, or undefined when left empty. */
const isoOrUndefined = (value: string) => (value ? new Date(value).toISOString() : undefined);

/** "Crea una classe": name, assigned scenarios, optional opening and closing times. */
export function CreateClassScreen() {
  const { t, api, store } = useGame();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; response: CreateClassResponse } | null>(null);

  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((candidate) => candidate !== id)));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return setError(t('create.needName'));
    if (chosen.length === 0) return setError(t('create.needScenario'));
    setBusy(true);
    setError(null);
    try {
      const opens = isoOrUndefined(opensAt);
      const closes = isoOrUndefined(closesAt);
      const response = await api.createClass({ name: name.trim(), scenarios: chosen, ...(opens ? { opensAt: opens } : {}), ...(closes ? { closesAt: closes } : {}) });
      await store.saveTrainerToken(response.classId, response.trainerToken);
      setCreated({ name: name.trim(), response });
    } catch (failure) {
      setError(refusalText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  if (created) return <ClassCreated name={created.name} response={created.response} />;

  return (
    <section class="screen" aria-labelledby="create-heading">
      <h1 id="create-heading">{t('create.heading')}</h1>
      <form class="stack" onSubmit={submit} noValidate>
        <label for="class-name">{t('create.name')}</label>
        <input id="class-name" value={name} maxLength={80} onInput={(event) => setName(event.currentTarget.value)} />
        <fieldset class="scenario-choice">
          <legend>{t('create.scenarios')}</legend>
          {bundledScenarios().map(({ scenario }) => (
            <label class="inline" key={scenario.id}>
              <input type="checkbox" value={scenario.id} checked={chosen.includes(scenario.id)} onChange={(event) => toggle(scenario.id, event.currentTarget.checked)} />
              {scenario.title}
            </label>
          ))}
        </fieldset>
        <label for="class-opens">{t('create.opensAt')}</label>
        <input id="class-opens" type="datetime-local" value={opensAt} onInput={(event) => setOpensAt(event.currentTarget.value)} />
        <label for="class-closes">{t('create.closesAt')}</label>
        <input id="class-closes" type="datetime-local" value={closesAt} onInput={(event) => setClosesAt(event.currentTarget.value)} />
        <button type="submit" class="primary" disabled={busy}>
          {t('create.submit')}
        </button>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** Shown once: the join code, big, and the secret trainer link with a copy button. */
function ClassCreated({ name, response }: { name: string; response: CreateClassResponse }) {
  const { t } = useGame();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const link = trainerLink(location.origin, response.classId, response.trainerToken);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  return (
    <section class="screen" aria-labelledby="created-heading">
      <h1 id="created-heading">{t('create.done', { name })}</h1>
      <p class="label">{t('create.codeLabel')}</p>
      <p class="join-code" data-testid="join-code">
        {response.code}
      </p>
      <h2>{t('create.secretHeading')}</h2>
      <p>{t('create.secretWarning')}</p>
      <p class="secret-link">
        <code data-testid="trainer-link">{link}</code>
      </p>
      <div class="row">
        <button type="button" onClick={() => void copy()}>
          {t('create.copy')}
        </button>
        <span role="status">{copied === 'ok' ? t('create.copied') : copied === 'failed' ? t('create.copyFailed') : ''}</span>
      </div>
      <div class="row">
        <a class="button primary" href={`/?trainer=${encodeURIComponent(response.classId)}`}>
          {t('create.dashboard')}
        </a>
        <a class="button" href={projectorPath(response.code, { top: null, hideNames: false })} target="_blank" rel="noopener">
          {t('create.projector')}
        </a>
      </div>
    </section>
  );
}
