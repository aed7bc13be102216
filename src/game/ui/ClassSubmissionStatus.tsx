import { useEffect, useState } from 'preact/hooks';
import { refusalWords } from '../classroom/refusalText.ts';
import { useGame } from './gameContext.ts';

/** On a class chat's debrief: sending, the server's official score and rank, or its refusal. */
export function ClassSubmissionStatus({ recordId }: { recordId: string }) {
  const { t, outbox } = useGame();
  const [state, setState] = useState(() => outbox.stateOf(recordId));
  useEffect(() => {
    setState(outbox.stateOf(recordId));
    return outbox.subscribe(() => setState(outbox.stateOf(recordId)));
  }, [outbox, recordId]);

  if (!state) return null;
  if (state.kind === 'refused') {
    return (
      <p class="class-result error" role="alert">
        {t('debrief.class.refused', { message: refusalWords(t, state) })}
      </p>
    );
  }
  return (
    <p class={`class-result ${state.kind}`} role="status" data-testid="class-result">
      {state.kind === 'pending' ? t('debrief.class.pending') : t('debrief.class.accepted', { total: state.total, rank: state.rank ?? '—' })}
    </p>
  );
}
