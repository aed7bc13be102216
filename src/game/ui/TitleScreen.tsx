import { useGame } from './gameContext.ts';

export function TitleScreen() {
  const { t, store, go } = useGame();
  const nickname = store.profile?.nickname;
  return (
    <section class="screen title-screen" aria-labelledby="title-heading">
      <h1 id="title-heading">{t('app.title')}</h1>
      <p class="tagline">{t('app.tagline')}</p>
      {nickname && <p>{t('title.welcomeBack', { name: nickname })}</p>}
      <button type="button" class="primary" onClick={() => go(nickname ? { name: 'picker' } : { name: 'profile' })}>
        {t('title.start')}
      </button>
      {/* For trainers: a plain link in small print, out of a trainee's way. */}
      <p class="studio-link">
        <a href="?studio">{t('title.studio')}</a>
      </p>
    </section>
  );
}
