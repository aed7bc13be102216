import { useEffect, useState } from 'preact/hooks';
import type { ClassScenario, MeResponse } from '../../classroom/contract.ts';
import { ClassroomRefusal } from '../classroom/classroomApi.ts';
import { openPublished, PublishedMismatch } from '../classroom/publishedScenario.ts';
import { refusalText } from '../classroom/refusalText.ts';
import { bundledScenarios } from '../scenarios/scenarioCatalog.ts';
import type { ClassMembership } from '../storage/records.ts';
import { useGame } from './gameContext.ts';
import { ScenarioCard } from './ScenarioCard.tsx';

type PanelState = { kind: 'loading' } | { kind: 'ready'; me: MeResponse } | { kind: 'offline' } | { kind: 'refused'; message: string };

/**
 * The class's assigned scenarios, first in the picker, with the trainee's class figures and rank.
 * `onScenarios` learns which scenarios the class assigns, so that the picker can make every chat
 * of them count.
 */
export function ClassPanel({ membership, onScenarios }: { membership: ClassMembership; onScenarios?: (ids: readonly string[]) => void }) {
  const { t, api, startClassChat } = useGame();
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [startError, setStartError] = useState<string | null>(null);

  // Rejoining is only this: the stored token still names the same trainee on the server.
  useEffect(() => {
    let current = true;
    api.me(membership.code, membership.rejoinToken).then(
      (me) => {
        if (!current) return;
        setState({ kind: 'ready', me });
        onScenarios?.(me.class.scenarios.map(({ id }) => id));
      },
      (error: unknown) => current && setState(error instanceof ClassroomRefusal ? { kind: 'refused', message: refusalText(t, error) } : { kind: 'offline' }),
    );
    return () => {
      current = false;
    };
  }, [api, membership, onScenarios]);

  /** A bundled scenario starts at once; a published one is fetched and compiled first. */
  const start = async (entry: ClassScenario) => {
    setStartError(null);
    try {
      if (entry.published) {
        const { compiled, published } = await openPublished(api, membership, { ...entry, published: entry.published });
        await startClassChat(compiled, published);
        return;
      }
      const compiled = bundledScenarios().find((candidate) => candidate.scenario.id === entry.id);
      if (compiled) await startClassChat(compiled);
    } catch (error) {
      setStartError(t('classPanel.startRefused', { message: error instanceof PublishedMismatch ? t('classPanel.publishedMismatch') : refusalText(t, error) }));
    }
  };

  if (state.kind !== 'ready') {
    const text = state.kind === 'loading' ? t('classPanel.loading') : state.kind === 'offline' ? t('classPanel.offline') : t('classPanel.refused', { message: state.message });
    return (
      <p role={state.kind === 'loading' ? 'status' : 'alert'} class={state.kind === 'refused' ? 'error' : undefined}>
        {text}
      </p>
    );
  }

  const { me } = state;
  return (
    <section class="class-panel" aria-labelledby="class-panel-heading">
      <h2 id="class-panel-heading">{t('classPanel.heading', { name: me.class.name })}</h2>
      <p class="meta">
        {t('classPanel.status', { status: t(`class.status.${me.class.status}`) })} · {me.nickname}
      </p>
      <p class="class-rank" data-testid="class-rank">
        {me.rank === null ? t('classPanel.noRank') : t('classPanel.rank', { rank: me.rank })}
      </p>
      {startError && (
        <p role="alert" class="error">
          {startError}
        </p>
      )}
      <ul class="cards">
        {me.class.scenarios.map((entry) => {
          const { id, title } = entry;
          const bundled = bundledScenarios().find((candidate) => candidate.scenario.id === id)?.scenario;
          if (!bundled && !entry.published) {
            return (
              <li class="card" key={id}>
                <h3>{title}</h3>
                <p class="meta">{t('classPanel.missing')}</p>
              </li>
            );
          }
          const best = me.best[id];
          const figures = `${best === undefined ? t('classPanel.noBest') : t('classPanel.best', { score: best })} · ${t('classPanel.attempts', { count: me.attempts[id] ?? 0 })}`;
          const stats = entry.published ? `${t('classPanel.published', { revision: entry.published.revision })} · ${figures}` : figures;
          return <ScenarioCard key={id} scenario={bundled ?? entry} idPrefix="scenario-class" data={{ 'data-class-scenario': id }} stats={stats} onStart={() => void start(entry)} />;
        })}
      </ul>
    </section>
  );
}
