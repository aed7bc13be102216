import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { ChatSession } from './chatSession.ts';
import { replayReplies, replaySessionLog } from './replay.ts';
import { PlaytestLogSchema, SessionLogSchema } from './sessionLog.ts';

const compiled = compileYaml(MINI_SCENARIO);
const transcript = (session: ChatSession) => session.messages.map((m) => `${m.from}@${m.at}: ${m.text}`);

describe('a chat opened mid-way', () => {
  it('opens in the chosen state with exactly the chosen facts and mood', () => {
    const session = new ChatSession(compiled, 1, { state: 'request', facts: [], mood: -3 });
    expect(session.personaState).toBe('request');
    expect(session.mood).toBe(-3);
    expect(session.context.facts).toEqual({});
    const withFact = new ChatSession(compiled, 1, { state: 'request', facts: ['targa'], mood: 0 });
    expect(withFact.context.facts).toEqual({ targa: true });
  });

  it("reacts as that state does: a payment answer in 'request' moves on to closing", () => {
    const session = replayReplies(compiled, [{ delay: 2, text: 'Può pagare con bonifico o bollettino.' }], 1, { start: { state: 'request', facts: ['targa'], mood: 0 }, finish: false });
    session.advanceTo(30_000);
    expect(session.personaState).toBe('closing');
    expect(session.replies[0]!.factsBefore).toEqual(['targa']);
    expect(session.messages.map((m) => m.text)).toContain('Perfetto, grazie.');
  });

  it('keeps the start in its log, and replaying the log opens there again with the same transcript', () => {
    const start = { state: 'request', facts: ['targa'], mood: 2 };
    const played = replayReplies(
      compiled,
      [
        { delay: 2, text: 'Può pagare con bonifico.' },
        { delay: 5, text: 'Arrivederci e buona giornata.' },
      ],
      7,
      { start },
    );
    expect(played.log.start).toEqual(start);
    const again = replaySessionLog(compiled, PlaytestLogSchema.parse(JSON.parse(JSON.stringify(played.log))));
    expect(transcript(again)).toEqual(transcript(played));
    expect(again.outcome).toBe(played.outcome);
  });

  it('without a start, the log has none and the chat opens at the scenario start', () => {
    const session = new ChatSession(compiled, 1);
    expect(session.personaState).toBe('waiting');
    expect('start' in session.log).toBe(false);
  });

  it("refuses a trainee's log with a start: a class submission always opens at the start", () => {
    const log = { scenario: 'mini', version: compiled.version, seed: 1, start: { state: 'closing', facts: [], mood: 0 }, events: [] };
    expect(SessionLogSchema.safeParse(log).success).toBe(false);
    expect(PlaytestLogSchema.safeParse(log).success).toBe(true);
  });

  it('refuses a state, a fact or a mood the scenario does not have, saying which', () => {
    expect(() => new ChatSession(compiled, 1, { state: 'nowhere', facts: [], mood: 0 })).toThrow(/state "nowhere"/);
    expect(() => new ChatSession(compiled, 1, { state: 'request', facts: ['colore'], mood: 0 })).toThrow(/fact "colore"/);
    expect(() => new ChatSession(compiled, 1, { state: 'request', facts: [], mood: 9 })).toThrow(/mood 9/);
    expect(() => new ChatSession(compiled, 1, { state: '__proto__', facts: [], mood: 0 })).toThrow(/no such state/);
  });
});
