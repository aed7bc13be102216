import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { scoreSession } from '../scoring/scoreSession.ts';
import { replayReplies } from '../session/replay.ts';
import { blessResult, compareWithBlessed } from './blessedResult.ts';

const GOOD = [
  { delay: 2, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' },
  { delay: 4, text: 'Può pagare con carta, bonifico o bollettino.' },
  { delay: 4, text: 'La ringrazio, arrivederci e buona giornata.' },
];
const reportOf = (yaml: string) => scoreSession(replayReplies(compileYaml(yaml), GOOD));

describe('blessed results', () => {
  const report = reportOf(MINI_SCENARIO);
  const blessed = blessResult(report);

  it("keeps the run's outcome, total, every dimension and the customer's lines", () => {
    expect(blessed.outcome).toBe('resolved');
    expect(blessed.total).toBe(report.total);
    expect(Object.keys(blessed.dimensions).sort()).toEqual(Object.keys(report.dimensions).sort());
    expect(blessed.customer).toEqual(['Buongiorno, vorrei rinnovare la polizza.', 'Perfetto, grazie.', 'Arrivederci!']);
  });

  it('finds nothing changed in the same run', () => {
    expect(compareWithBlessed(blessed, report)).toEqual({ changed: false, dimensions: [] });
  });

  it("after an edit, says what changed: the customer's line with a diff", () => {
    const edited = reportOf(MINI_SCENARIO.replace('say: Perfetto, grazie.', 'say: Ottimo, pago con bonifico.'));
    const comparison = compareWithBlessed(blessed, edited);
    expect(comparison.changed).toBe(true);
    expect(comparison.outcome).toBeUndefined();
    expect(comparison.customer).toEqual([
      { kind: 'same', text: 'Buongiorno, vorrei rinnovare la polizza.' },
      { kind: 'removed', text: 'Perfetto, grazie.' },
      { kind: 'added', text: 'Ottimo, pago con bonifico.' },
      { kind: 'same', text: 'Arrivederci!' },
    ]);
  });

  it('after an edit that stops the chat from ending well, gives the outcome and by how much the scores moved', () => {
    const edited = reportOf(
      MINI_SCENARIO.replace('      - when: goodbye\n        say: Arrivederci!\n        outcome: resolved', '      - when: anything-else\n        say: Arrivederci!\n        outcome: resolved'),
    );
    const comparison = compareWithBlessed(blessed, edited);
    expect(comparison.outcome).toEqual({ before: 'resolved', after: edited.outcome });
    expect(edited.outcome).not.toBe('resolved');
    expect(comparison.total).toEqual(edited.total === report.total ? undefined : { before: report.total, after: edited.total, delta: edited.total - report.total });
    for (const change of comparison.dimensions) expect(change.delta).toBe(change.after - change.before);
  });

  it('compares only the dimensions the blessed result holds', () => {
    const partial = { ...blessed, dimensions: { greeting: (blessed.dimensions.greeting ?? 0) - 10 } };
    expect(compareWithBlessed(partial, report).dimensions).toEqual([{ dimension: 'greeting', before: partial.dimensions.greeting, after: report.dimensions.greeting.score, delta: 10 }]);
  });
});
