import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../../engine/testSupport.ts';
import { replayReplies } from '../../../engine/index.ts';
import { personaInsight } from './personaInsight.ts';

const compiled = compileYaml(MINI_SCENARIO.replace('      - when: payment\n        say: Perfetto', '      - when: payment\n        if: { facts: [targa] }\n        say: Perfetto'));

describe('personaInsight', () => {
  it('shows the state, the mood, the facts known and missing before any reply', () => {
    const insight = personaInsight(replayReplies(compiled, [], 1, { finish: false, start: { state: 'request', facts: [], mood: 2 } }));
    expect(insight).toEqual({ state: 'request', mood: 2, factsKnown: [], factsMissing: ['targa'], needs: [{ id: 'alternatives', status: 'missing' }], lastReply: undefined });
  });

  it('explains the last reply: what it matched, and why the guarded reaction did not fire', () => {
    const session = replayReplies(compiled, [{ delay: 2, text: 'Può pagare con la carta.' }], 1, { finish: false, start: { state: 'request', facts: [], mood: 0 } });
    session.advanceTo(30_000);
    const insight = personaInsight(session);
    expect(insight.needs).toEqual([{ id: 'alternatives', status: 'asked' }]);
    const reply = insight.lastReply!;
    expect(reply.heldFor).toBe('alternatives');
    expect(reply.state).toBe('request');
    expect(reply.explanation.intents.some((match) => match.intent === 'payment' && match.source === 'scenario' && match.cues.length > 0)).toBe(true);
    const payment = reply.transitions.find(({ transition }) => transition.say === 'Perfetto, grazie.')!;
    expect(payment.anytime).toBe(false);
    expect(payment.check.fired).toBe(false);
    expect(payment.check.why).toEqual({ code: 'facts-missing', detail: ['targa'] });
  });

  it('names the reaction that fired and the facts known', () => {
    const session = replayReplies(compiled, [{ delay: 2, text: 'Può pagare con bonifico o bollettino.' }], 1, { finish: false, start: { state: 'request', facts: ['targa'], mood: 0 } });
    session.advanceTo(3_000);
    const insight = personaInsight(session);
    expect(insight.lastReply!.transitions.find(({ check }) => check.fired)!.transition.goto).toBe('closing');
    expect(insight.lastReply!.heldFor).toBeUndefined();
    expect(insight.factsKnown).toEqual(['targa']);
  });
});
