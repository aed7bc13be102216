import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../engine/testSupport.ts';
import { replaySessionLog, scoreSession, type SessionEvent } from '../../engine/index.ts';
import { endReason } from './endReason.ts';

const compiled = compileYaml(MINI_SCENARIO);

/** The reason a chat of the mini scenario ends for, played from these events to its end. */
function reasonOf(events: SessionEvent[]) {
  const session = replaySessionLog(compiled, { scenario: 'mini', version: compiled.version, seed: 1, events });
  return endReason(session.log, scoreSession(session));
}

describe('endReason', () => {
  it('tells a customer who gave up on a silent agent', () => {
    expect(reasonOf([])).toBe('left-silence');
    expect(reasonOf([{ at: 2_000, text: 'Buongiorno, sono Giulia: come posso aiutarLa?' }])).toBe('left-silence');
  });

  it('tells a chat the trainee closed from one the customer ended', () => {
    expect(
      reasonOf([
        { at: 2_000, text: 'Buongiorno, sono Giulia: come posso aiutarLa?' },
        { at: 9_000, close: true },
      ]),
    ).toBe('closed');
  });

  it('tells a solved chat', () => {
    const events: SessionEvent[] = [
      { at: 2_000, text: 'Buongiorno, sono Giulia: come posso aiutarLa?' },
      { at: 12_000, text: 'Può fare il pagamento con bonifico o bollettino.' },
      { at: 20_000, text: 'Grazie a Lei, arrivederci!' },
    ];
    expect(reasonOf(events)).toBe('resolved');
  });

  it('tells a customer driven away by the replies from one who simply left', () => {
    const report = { outcome: 'abandoned' as const, findings: [{ rule: 'closure.driven-away' }] } as Parameters<typeof endReason>[1];
    const log = { scenario: 'mini', version: 'v', seed: 1, events: [] };
    expect(endReason(log, report)).toBe('left-replies');
    expect(endReason(log, { ...report, findings: [] })).toBe('left');
    expect(endReason(log, { outcome: 'escalated', findings: [] })).toBe('escalated');
    expect(endReason(log, { outcome: 'unresolved', findings: [] })).toBe('unresolved');
  });
});
