import { useState } from 'preact/hooks';
import { useGame } from './gameContext.ts';

export function ProfileScreen() {
  const { t, store, settings, updateSettings, go } = useGame();
  const [nickname, setNickname] = useState(store.profile?.nickname ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    const trimmed = nickname.trim();
    const length = [...trimmed].length;
    if (length < 2 || length > 24) {
      setMessage({ kind: 'error', text: t('profile.invalid') });
      return;
    }
    const saved = await store.saveProfile({ nickname: trimmed });
    setMessage(saved ? { kind: 'ok', text: t('profile.saved') } : null);
    if (saved) go({ name: 'picker' });
  };

  return (
    <section class="screen" aria-labelledby="profile-heading">
      <h1 id="profile-heading">{t('profile.heading')}</h1>
      <form onSubmit={save} class="stack">
        <label for="nickname">{t('profile.nickname')}</label>
        <input id="nickname" name="nickname" value={nickname} maxLength={48} autocomplete="nickname" aria-describedby="nickname-hint" onInput={(event) => setNickname(event.currentTarget.value)} />
        <p id="nickname-hint" class="hint">
          {t('profile.nicknameHint')}
        </p>
        <button type="submit" class="primary">
          {t('profile.save')}
        </button>
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind}>
            {message.text}
          </p>
        )}
      </form>
      <h2>{t('settings.heading')}</h2>
      <div class="stack">
        <label class="inline">
          <input type="checkbox" checked={settings.muted} onChange={(event) => updateSettings({ ...settings, muted: event.currentTarget.checked })} />
          {t('settings.mute')}
        </label>
        <label for="volume">{t('settings.volume')}</label>
        <input id="volume" type="range" min={0} max={1} step={0.1} value={settings.volume} onInput={(event) => updateSettings({ ...settings, volume: Number(event.currentTarget.value) })} />
      </div>
    </section>
  );
}
