import type { ClassAverages as Averages } from '../../classroom/contract.ts';
import { useGame } from './gameContext.ts';

const shown = (value: number | null) => (value === null ? '—' : String(Math.round(value)));

/** The class's mean per scoring dimension (the engine's list, named as in the debrief), with bars. */
export function ClassAverages({ averages }: { averages: Averages }) {
  const { t } = useGame();
  return (
    <section class="dashboard-card" aria-labelledby="averages-heading">
      <h2 id="averages-heading">{t('trainer.averages')}</h2>
      {averages.sessions === 0 ? (
        <p>{t('trainer.averagesNone')}</p>
      ) : (
        <>
          <p class="hint">{t('trainer.averagesSessions', { count: averages.sessions })}</p>
          <table class="averages">
            <thead>
              <tr>
                <th scope="col">{t('trainer.dimension')}</th>
                <th scope="col" class="number">
                  {t('trainer.average')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr class="average-total">
                <th scope="row">{t('trainer.averageTotal')}</th>
                <td class="number">{shown(averages.total)}</td>
              </tr>
              {averages.dimensions.map(({ dimension, average }) => (
                <tr key={dimension} data-dimension={dimension}>
                  <th scope="row">{t(`debrief.dimension.${dimension}`)}</th>
                  <td class="number">
                    <span class="average-bar" aria-hidden="true">
                      <span style={{ width: `${average ?? 0}%` }} />
                    </span>
                    {shown(average)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
