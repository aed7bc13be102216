import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../../engine/testSupport.ts';
import { replayReplies } from '../../../engine/index.ts';
import { PlaytestRun } from './playtestRun.ts';

const compiled = compileYaml(MINI_SCENARIO);

function fakeClock(start = 5_000_000) {
  let now = start;
  return { now: () => now, pass: (ms: number) => (now += ms) };
}
const texts = (run: PlaytestRun) => run.session.messages.map((message) => message.text);

describe('PlaytestRun', () => {
  it('runs on its own clock: the customer nudges when the author stays silent', () => {
    const clock = fakeClock();
    const run = new PlaytestRun({ compiled, seed: 1, now: clock.now });
    clock.pass(10_000);
    run.catchUp();
    expect(texts(run)).toEqual([]);
    clock.pass(15_000);
    run.catchUp();
    expect(texts(run)).toEqual(["C'è qualcuno?"]);
  });

  it('skips the wait to the next timer, one at a time, without the wall clock moving', () => {
    const clock = fakeClock();
    const run = new PlaytestRun({ compiled, seed: 1, now: clock.now });
    expect(run.skipWait()).toBe(true);
    expect(texts(run)).toEqual(["C'è qualcuno?"]);
    expect(run.skipWait()).toBe(true);
    expect(run.session.outcome).toBe('abandoned');
    expect(run.skipWait()).toBe(false);
  });

  it('keeps each reply with its delay after the message before it, and with its typing time', () => {
    const clock = fakeClock();
    const run = new PlaytestRun({ compiled, seed: 1, now: clock.now });
    clock.pass(1_000);
    run.typing();
    clock.pass(2_500);
    expect(run.reply('Buongiorno, come posso aiutarLa?')).toBe(true);
    run.skipWait();
    clock.pass(4_000);
    run.reply('Può pagare con bonifico.');
    expect(run.replies).toEqual([
      { delay: 3.5, text: 'Buongiorno, come posso aiutarLa?', after: 0, typing: 2.5 },
      { delay: 4, text: 'Può pagare con bonifico.', after: 2 },
    ]);
    // The replies replay to the same chat.
    const replayed = replayReplies(compiled, run.replies, 1, { finish: false });
    replayed.advanceTo(run.elapsed);
    expect(replayed.messages.map((m) => [m.at, m.text])).toEqual(run.session.messages.map((m) => [m.at, m.text]));
  });

  it('refuses a blank reply and any reply once the chat is over', () => {
    const run = new PlaytestRun({ compiled, seed: 1, now: fakeClock().now });
    expect(run.reply('   ')).toBe(false);
    run.skipWait();
    run.skipWait();
    expect(run.reply('Buongiorno')).toBe(false);
    expect(run.replies).toEqual([]);
  });

  it('opens where the author chose', () => {
    const run = new PlaytestRun({ compiled, seed: 1, start: { state: 'closing', facts: ['targa'], mood: -2 }, now: fakeClock().now });
    expect(run.session.personaState).toBe('closing');
    expect(run.session.mood).toBe(-2);
  });

  it('replays on an edited scenario to where it was, and says what changed', () => {
    const clock = fakeClock();
    const run = new PlaytestRun({ compiled, seed: 1, now: clock.now });
    clock.pass(2_000);
    run.reply('Buongiorno, sono Giulia. Come posso aiutarLa?');
    run.skipWait();
    clock.pass(3_000);
    run.reply('Può pagare con bonifico o bollettino.');
    run.skipWait();
    const edited = compileYaml(MINI_SCENARIO.replace('say: Perfetto, grazie.', 'say: Benissimo, allora bonifico.'));
    const { run: again, changes, startLost } = run.replayOn(edited);
    expect(startLost).toBe(false);
    expect(again.elapsed).toBeGreaterThanOrEqual(run.elapsed);
    expect(texts(again)).toContain('Benissimo, allora bonifico.');
    expect(changes.changed).toBe(true);
    expect(changes.customer?.filter((line) => line.kind !== 'same').map((line) => `${line.kind}: ${line.text}`)).toEqual(['removed: Perfetto, grazie.', 'added: Benissimo, allora bonifico.']);
  });

  it('replays a reply sent right after a customer line after that line, even when the edit makes the line longer', () => {
    const clock = fakeClock();
    const run = new PlaytestRun({ compiled, seed: 1, now: clock.now });
    run.reply('Buongiorno, sono Giulia. Come posso aiutarLa?');
    run.skipWait();
    run.reply('Può pagare con bonifico o bollettino.');
    const longer = compileYaml(MINI_SCENARIO.replace('say: Buongiorno, vorrei rinnovare la polizza.', 'say: Buongiorno, vorrei rinnovare la polizza della mia automobile che scade a fine mese.'));
    const { run: again } = run.replayOn(longer);
    expect(again.session.messages.slice(0, 3).map((message) => message.from)).toEqual(['agent', 'customer', 'agent']);
    expect(again.session.messages[2]!.at).toBe(again.session.messages[1]!.at);
  });

  it('opens at the scenario start when an edit removed the state it started in', () => {
    const run = new PlaytestRun({ compiled, seed: 1, start: { state: 'closing', facts: ['targa'], mood: 0 }, now: fakeClock().now });
    const renamed = compileYaml(MINI_SCENARIO.replace('goto: closing', 'goto: ending').replace('  closing:\n', '  ending:\n'));
    const { run: again, startLost } = run.replayOn(renamed);
    expect(startLost).toBe(true);
    expect(again.session.personaState).toBe('waiting');
  });
});
