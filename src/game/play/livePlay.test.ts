import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../../engine/testSupport.ts';
import { TYPING_EVERY_MS } from '../../engine/index.ts';
import { LivePlay, openLivePlay, retryPoint, type SoundCue } from './livePlay.ts';
import { moodFace } from './moodFace.ts';

const compiled = compileYaml(MINI_SCENARIO);

/** A wall clock and a ticker the test moves by hand. */
function fakeTime(start = 1_000_000) {
  let now = start;
  let tick: (() => void) | undefined;
  return {
    now: () => now,
    every: (_ms: number, fn: () => void) => {
      tick = fn;
      return () => (tick = undefined);
    },
    pass(ms: number) {
      for (let step = 0; step < ms; step += 100) {
        now += Math.min(100, ms - step);
        tick?.();
      }
    },
  };
}

function livePlay(time = fakeTime(), events: { at: number; text: string }[] = []) {
  return new LivePlay({ compiled, source: { kind: 'bundled', id: 'mini' }, seed: 1, wallStart: time.now() - (events.at(-1)?.at ?? 0), events, now: time.now, every: time.every });
}

describe('LivePlay', () => {
  it("opens once the scenario's language pack is loaded, its clock starting only then", async () => {
    const time = fakeTime();
    const play = await openLivePlay({ compiled, source: { kind: 'bundled', id: 'mini' }, seed: 1, now: time.now, every: time.every }, () => time.now() - 500);
    expect(play.wallStart).toBe(time.now() - 500);
    expect(play.reply('Buongiorno, sono Giulia: come posso aiutarLa?')).toBe(true);
    play.stop();
  });

  it('runs the persona on the wall clock: the customer nudges, then leaves, live', () => {
    const time = fakeTime();
    const play = livePlay(time);
    const cues: SoundCue[] = [];
    play.onCue((cue) => cues.push(cue));
    let finished = false;
    play.onFinish(() => (finished = true));
    time.pass(25_000);
    expect(play.view().messages.map((m) => m.text)).toEqual(["C'è qualcuno?"]);
    time.pass(60_000);
    expect(play.view().outcome).toBe('abandoned');
    expect(finished).toBe(true);
    expect(cues[0]).toBe('timer-warning');
    expect(cues.filter((cue) => cue === 'message-in')).toHaveLength(2);
    expect(cues.at(-1)).toBe('customer-leaves');
    expect(play.finishedSession!.report.outcome).toBe('abandoned');
  });

  it('turns the timer amber at 10 s and red at 30 s of waiting, and empties the patience meter', () => {
    const time = fakeTime();
    const play = livePlay(time);
    time.pass(5_000);
    expect(play.view()).toMatchObject({ timerLevel: 'calm', waitingSeconds: 5 });
    time.pass(6_000);
    expect(play.view().timerLevel).toBe('amber');
    play.reply('Buongiorno, come posso aiutarLa?');
    expect(play.view().timerLevel).toBe('idle');
    time.pass(3_000);
    const waiting = play.view();
    expect(waiting.timerLevel).toBe('calm');
    expect(waiting.patience).toBeLessThan(1);
  });

  it("times the wait from the customer's last message, drains patience from the first one left unanswered, and never refills it on leaving", () => {
    const time = fakeTime();
    const play = livePlay(time);
    time.pass(4_000);
    expect(play.view()).toMatchObject({ waitingFor: 'welcome', waitingSeconds: 4 });
    play.reply('Buongiorno, come posso aiutarLa?');
    expect(play.view()).toMatchObject({ waitingFor: null, waitingSeconds: null, timerLevel: 'idle' });
    // The customer answers, then nudges: the timer starts again, the patience keeps draining.
    time.pass(10_000);
    const beforeNudge = play.view();
    const customerLines = (view: typeof beforeNudge) => view.messages.filter((m) => m.from === 'customer').length;
    const linesBefore = customerLines(beforeNudge);
    expect(beforeNudge.waitingFor).toBe('answer');
    time.pass(30_000);
    const afterNudge = play.view();
    expect(customerLines(afterNudge)).toBe(linesBefore + 1);
    expect(afterNudge.waitingSeconds!).toBeLessThan(beforeNudge.waitingSeconds! + 30);
    expect(afterNudge.patience).toBeLessThan(beforeNudge.patience);
    time.pass(120_000);
    expect(play.view()).toMatchObject({ ended: true, outcome: 'abandoned', patience: 0, waitingFor: null });
  });

  it('saves the log after every reply, so a reload can rebuild the chat', () => {
    const time = fakeTime();
    const play = livePlay(time);
    const saved: unknown[] = [];
    play.onPersist((active) => saved.push(active));
    time.pass(2_000);
    play.reply('Buongiorno, come posso aiutarLa?');
    time.pass(5_000);
    expect(saved).toEqual([
      { source: { kind: 'bundled', id: 'mini' }, log: expect.objectContaining({ seed: 1, events: [{ at: 2000, text: 'Buongiorno, come posso aiutarLa?' }] }), wallStart: play.wallStart },
    ]);

    const reloaded = new LivePlay({ compiled, source: { kind: 'bundled', id: 'mini' }, seed: 1, wallStart: play.wallStart, events: play.session.log.events, now: time.now, every: time.every });
    expect(reloaded.view().messages).toEqual(play.view().messages);
  });

  it('refuses empty replies and replies after the end', () => {
    const time = fakeTime();
    const play = livePlay(time);
    expect(play.reply('   ')).toBe(false);
    play.close();
    expect(play.reply('Buongiorno')).toBe(false);
    expect(play.view().outcome).toBe('unresolved');
  });

  it('retries from a message: the events played before it, and the moment to go on from', () => {
    const log = {
      scenario: 'mini',
      version: 'v',
      seed: 1,
      events: [
        { at: 1000, text: 'a' },
        { at: 4000, typing: true as const },
        { at: 9000, typing: true as const },
        { at: 12000, text: 'b' },
        { at: 15000, close: true as const },
      ],
    };
    const transcript = [
      { from: 'agent' as const, at: 1 },
      { from: 'customer' as const, at: 6 },
      { from: 'agent' as const, at: 12 },
    ];
    // From the customer's message: when it showed. From a reply: when the message before it showed.
    expect(retryPoint(log, transcript, 1)).toEqual({ events: [log.events[0], log.events[1]], resumeAt: 6000 });
    expect(retryPoint(log, transcript, 2)).toEqual({ events: [log.events[0], log.events[1]], resumeAt: 6000 });
    expect(retryPoint(log, transcript, 0)).toEqual({ events: [], resumeAt: 0 });
  });

  it("retries from a reply with a fresh clock: the wait at 0, the patience full, the customer's mood as it was", () => {
    const time = fakeTime();
    const play = livePlay(time);
    time.pass(15_000);
    play.reply('Salve.');
    time.pass(15_000);
    play.reply('Può pagare con bonifico o bollettino.');
    time.pass(15_000);
    play.close();
    const { log, report } = play.finishedSession!;
    const second = report.transcript.findLastIndex((entry) => entry.from === 'agent');
    const answered = play.session.messages[second - 1]!;
    expect(answered.from).toBe('customer');

    const { events, resumeAt } = retryPoint(log, report.transcript, second);
    const retried = new LivePlay({ compiled, source: { kind: 'bundled', id: 'mini' }, seed: 1, wallStart: time.now() - resumeAt, events, now: time.now, every: time.every });
    expect(retried.view().messages).toEqual(play.session.messages.slice(0, second));
    expect(retried.view()).toMatchObject({ waitingFor: 'answer', waitingSeconds: 0, timerLevel: 'calm', patience: 1, mood: answered.mood });
    // The time taken the first time is not counted again: this answer comes 2 s after the message.
    time.pass(2_000);
    retried.reply('Può pagare con bonifico o bollettino.');
    expect(retried.view().messages.at(-1)!.at - answered.at).toBe(2_000);

    const welcome = retryPoint(log, report.transcript, 0);
    const fresh = new LivePlay({ compiled, source: { kind: 'bundled', id: 'mini' }, seed: 1, wallStart: time.now() - welcome.resumeAt, events: welcome.events, now: time.now, every: time.every });
    expect(fresh.view()).toMatchObject({ messages: [], waitingFor: 'welcome', waitingSeconds: 0, patience: 1 });
  });
});

describe('moodFace', () => {
  it('maps the mood scale to faces', () => {
    expect([-5, -3, -1, 0, 2, 4].map(moodFace)).toEqual(['furious', 'angry', 'annoyed', 'neutral', 'pleased', 'happy']);
  });

  it('tells the session the trainee is typing at most every few seconds, and saves it', () => {
    const time = fakeTime();
    const play = livePlay(time);
    const saved: number[] = [];
    play.onPersist((active) => saved.push(active.log.events.length));
    for (let i = 0; i < 20; i++) {
      play.typing();
      time.pass(500);
    }
    // Ten seconds of keys: one event per TYPING_EVERY_MS, each saved, and no nudge meanwhile.
    const typed = play.session.log.events.filter((event) => 'typing' in event);
    expect(typed.length).toBe(Math.ceil(10_000 / TYPING_EVERY_MS));
    expect(saved.at(-1)).toBe(typed.length);
    time.pass(15_000);
    expect(play.view().messages).toEqual([]);
  });
});
