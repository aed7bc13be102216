import { useState } from 'preact/hooks';
import { ClassroomRefusal } from '../classroom/classroomApi.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { useGame } from './gameContext.ts';

type FieldErrors = { code?: string; nickname?: string; form?: string };

/**
 * Which field a server refusal is about: its stable error code names it (nickname-taken,
 * class-not-found), or, for a request that failed validation, its message does.
 */
function fieldOf(refusal: ClassroomRefusal): keyof FieldErrors {
  const about = (word: string) => refusal.error.includes(word) || (refusal.error === 'invalid-request' && refusal.message.toLowerCase().includes(word));
  if (about('nickname')) return 'nickname';
  if (about('code') || refusal.error === 'class-not-found') return 'code';
  return 'form';
}

/**
 * "Entra in una classe": join with the trainer's code, or see the class this browser is in. A join
 * link (`?class=CODE`, the projector's QR code) fills the code in.
 */
export function ClassJoinScreen({ initialCode }: { initialCode?: string | undefined }) {
  const { t, store, api, go, confirm } = useGame();
  const membership = store.membership;
  const [code, setCode] = useState(initialCode ?? '');
  const [nickname, setNickname] = useState(store.profile?.nickname ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const join = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const joined = await api.join(code, nickname);
      await store.saveMembership({ code: joined.class.code, traineeId: joined.traineeId, nickname: joined.nickname, rejoinToken: joined.rejoinToken });
      go({ name: 'picker' });
    } catch (error) {
      setErrors(error instanceof ClassroomRefusal ? { [fieldOf(error)]: refusalText(t, error) } : { form: refusalText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const leave = async () => {
    const yes = await confirm({ heading: t('class.leaveHeading'), text: t('class.leaveConfirm'), confirm: t('class.leaveYes'), cancel: t('class.leaveNo') });
    if (yes) await store.saveMembership(null).then(() => go({ name: 'class' }));
  };

  return (
    <section class="screen" aria-labelledby="class-heading">
      <h1 id="class-heading">{t('class.heading')}</h1>
      {membership ? (
        <div class="stack">
          <p>{t('class.member', { code: membership.code, nickname: membership.nickname })}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => go({ name: 'picker' })}>
              {t('class.toScenarios')}
            </button>
            <button type="button" onClick={leave}>
              {t('class.leave')}
            </button>
          </div>
        </div>
      ) : (
        <form class="stack" onSubmit={join} noValidate>
          <label for="class-code">{t('class.code')}</label>
          <input
            id="class-code"
            class="code-input"
            value={code}
            maxLength={12}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={errors.code ? 'class-code-hint class-code-error' : 'class-code-hint'}
            onInput={(event) => setCode(event.currentTarget.value.toUpperCase())}
          />
          <p id="class-code-hint" class="hint">
            {t('class.codeHint')}
          </p>
          {errors.code && (
            <p id="class-code-error" role="alert" class="error">
              {errors.code}
            </p>
          )}
          <label for="class-nickname">{t('class.nickname')}</label>
          <input
            id="class-nickname"
            value={nickname}
            maxLength={48}
            autocomplete="nickname"
            aria-invalid={errors.nickname ? true : undefined}
            aria-describedby={errors.nickname ? 'class-nickname-hint class-nickname-error' : 'class-nickname-hint'}
            onInput={(event) => setNickname(event.currentTarget.value)}
          />
          <p id="class-nickname-hint" class="hint">
            {t('class.nicknameHint')}
          </p>
          {errors.nickname && (
            <p id="class-nickname-error" role="alert" class="error">
              {errors.nickname}
            </p>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {t('class.join')}
          </button>
          {errors.form && (
            <p role="alert" class="error">
              {errors.form}
            </p>
          )}
        </form>
      )}
      <h2>{t('class.trainerHeading')}</h2>
      <button type="button" onClick={() => go({ name: 'class-create' })}>
        {t('class.create')}
      </button>
    </section>
  );
}
