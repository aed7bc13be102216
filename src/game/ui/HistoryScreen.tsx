import { useGame } from './gameContext.ts';

export function HistoryScreen() {
  const { t, store, go } = useGame();
  const format = new Intl.DateTimeFormat(t('app.dateLocale'), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="screen" aria-labelledby="history-heading">
      <h1 id="history-heading">{t('history.heading')}</h1>
      {store.history.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul class="history">
          {store.history.map((record) => (
            <li key={record.id}>
              <span class="score-badge">{record.report.total}</span>
              <span>
                <strong>{record.title}</strong>
                <br />
                <span class="meta">
                  {t('history.when', { date: format.format(record.wallStart) })} · {t(`debrief.outcome.${record.report.outcome}`)}
                </span>
              </span>
              <button type="button" onClick={() => go({ name: 'debrief', record })}>
                {t('history.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
