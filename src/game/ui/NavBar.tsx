import { nextLocale } from '../i18n/i18n.ts';
import { useGame } from './gameContext.ts';

/** The skip link and the top bar: the brand, the main screens and the language switch. */
export function NavBar() {
  const { t, settings, go, updateSettings } = useGame();
  const other = nextLocale(settings.locale);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="top-bar">
        <span class="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <NavButton label={t('nav.play')} onClick={() => go({ name: 'picker' })} />
          <NavButton label={t('nav.class')} onClick={() => go({ name: 'class' })} />
          <NavButton label={t('nav.history')} onClick={() => go({ name: 'history' })} />
          <NavButton label={t('nav.profile')} onClick={() => go({ name: 'profile' })} />
          {/* Labelled in the language it switches to, so a reader of that language finds it. */}
          <button type="button" class="link" lang={other} onClick={() => updateSettings({ ...settings, locale: other })}>
            {t('nav.language')}
          </button>
        </nav>
      </header>
    </>
  );
}

function NavButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="link" onClick={onClick}>
      {label}
    </button>
  );
}
