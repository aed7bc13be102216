import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { SessionClock } from '../session/sessionClock.ts';
import { outcomeOfState } from './compilePersona.ts';

const compiled = compileYaml(MINI_SCENARIO);
const { machine } = compiled.persona;
/** What the customer has written so far, in order. */
const said = (actor: { getSnapshot(): { context: { said: { text: string }[] } } }) => actor.getSnapshot().context.said.map((line) => line.text);

/** Every action, guard and delay the generated config names, read back from the machine definition. */
function namedImplementations() {
  const actions = new Set<string>();
  const guards = new Set<string>();
  const delays = new Set<string>();
  const visit = (node: {
    entry: { type?: string }[];
    transitions: Map<string, { actions: { type?: string }[]; guard?: { type?: string } }[]>;
    after: { delay: unknown }[];
    always?: { actions: { type?: string }[]; guard?: { type?: string } }[];
    states: Record<string, unknown>;
  }) => {
    for (const action of node.entry) if (action.type) actions.add(action.type);
    for (const transitions of node.transitions.values()) {
      for (const transition of transitions) {
        for (const action of transition.actions) if (action.type) actions.add(action.type);
        if (transition.guard?.type) guards.add(transition.guard.type);
      }
    }
    for (const transition of node.always ?? []) {
      for (const action of transition.actions) if (action.type) actions.add(action.type);
      if (transition.guard?.type) guards.add(transition.guard.type);
    }
    for (const after of node.after) if (typeof after.delay === 'string') delays.add(after.delay);
    for (const child of Object.values(node.states)) visit(child as typeof node);
  };
  visit(machine.root as never);
  return { actions, guards, delays };
}

describe('compilePersona', () => {
  it('names only implementations registered in setup()', () => {
    const { actions, guards, delays } = namedImplementations();
    const registered = machine.implementations;
    expect(actions.size).toBeGreaterThan(0);
    // xstate's own built-ins (xstate.raise and xstate.cancel schedule the 'after' timers) are not ours to register.
    for (const action of [...actions].filter((name) => !name.startsWith('xstate.'))) expect(Object.keys(registered.actions), `action ${action}`).toContain(action);
    for (const guard of guards) expect(Object.keys(registered.guards), `guard ${guard}`).toContain(guard);
    for (const delay of delays) expect(Object.keys(registered.delays), `delay ${delay}`).toContain(delay);
    expect(delays).toContain('silence:waiting:0');
    expect(guards).toContain('chainsFromMemory');
  });

  it('runs on an injected clock: silence timers fire exactly when the clock says', () => {
    const clock = new SessionClock();
    const actor = createActor(machine, { clock, input: { seed: 1 } }).start();
    clock.advanceTo(19_999);
    expect(actor.getSnapshot().context.said).toEqual([]);
    clock.advanceTo(20_000);
    expect(actor.getSnapshot().context.said.map((line) => line.text)).toEqual(["C'è qualcuno?"]);
    expect(actor.getSnapshot().context.mood).toBe(-1);
  });

  it('reacts to the intents of a reply and reaches a terminal outcome', () => {
    const actor = createActor(machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Buongiorno, vorrei rinnovare la polizza.');
    actor.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'alternatives'] });
    actor.send({ type: 'reply', index: 4, intents: ['any', 'goodbye'] });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(outcomeOfState(compiled.scenario, snapshot.value)).toBe('resolved');
  });

  it('guards on mood', () => {
    const moody = compileYaml(
      MINI_SCENARIO.replace('      - when: greeting\n', '      - when: greeting\n        if: { mood: { atLeast: 1 } }\n        say: Non si direbbe.\n      - when: greeting\n'),
    );
    const actor = createActor(moody.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Buongiorno, vorrei rinnovare la polizza.');
  });

  describe('a follow-up question', () => {
    const start = () => {
      const actor = createActor(machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
      actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
      // Paying without the alternatives: the customer asks for them and holds back 'Perfetto, grazie'.
      actor.send({ type: 'reply', index: 2, intents: ['any', 'payment'] });
      return actor;
    };
    const lastLine = (actor: ReturnType<typeof start>) => actor.getSnapshot().context.said.at(-1)?.text;

    it('is answered by a reply that takes it up in other words, and the customer goes on', () => {
      const actor = start();
      expect(lastLine(actor)).toBe('Ci sono alternative alla carta?');
      actor.send({ type: 'reply', index: 4, intents: ['any'], answersFollowUp: true });
      expect(lastLine(actor)).toBe('Perfetto, grazie.');
      expect(actor.getSnapshot().context.expectations['request/alternatives']).toEqual({ state: 'request', id: 'alternatives', promptedBy: 2, coveredBy: 4 });
    });

    it('left unanswered is asked once more, reworded, then let go', () => {
      const actor = start();
      actor.send({ type: 'reply', index: 4, intents: ['any'] });
      expect(lastLine(actor)).toBe('Glielo richiedo: ci sono alternative alla carta?');
      actor.send({ type: 'reply', index: 6, intents: ['any'] });
      expect(lastLine(actor)).toBe('Perfetto, grazie.');
      expect(actor.getSnapshot().context.expectations['request/alternatives']?.coveredBy).toBeUndefined();
    });

    it('waits, without asking again, while the agent announces a hold', () => {
      const actor = start();
      const before = actor.getSnapshot().context.said.length;
      actor.send({ type: 'reply', index: 4, intents: ['any', 'hold'] });
      expect(actor.getSnapshot().context.said.length).toBe(before);
      expect(actor.getSnapshot().context.held?.asked).toBe(1);
    });
  });

  it('goes on from what the agent said since entering the state, rather than asking for it again', () => {
    const remembering = compileYaml(
      MINI_SCENARIO.replace('      - when: payment\n        say: Perfetto, grazie.\n', '      - when: hold\n        say: Attendo.\n      - when: payment\n        say: Perfetto, grazie.\n').replace(
        '    expect:\n      - id: alternatives\n        intent: alternatives\n        due: payment\n        followUp: Ci sono alternative alla carta?\n        explain: Serve dire tutte le opzioni.\n        better: Può pagare con carta, bonifico o bollettino.\n',
        '    otherwise:\n      say: Come pago?\n',
      ),
    );
    const actor = createActor(remembering.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    // A hold wins over the payment said in the same reply; the next reply says nothing new.
    actor.send({ type: 'reply', index: 2, intents: ['any', 'hold', 'payment'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Attendo.');
    actor.send({ type: 'reply', index: 4, intents: ['any'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Perfetto, grazie.');
  });

  it('does not carry over what the agent said before the customer entered the state', () => {
    const patient = MINI_SCENARIO.replace('  waiting:\n    on:\n', '  waiting:\n    on:\n      - when: hold\n        say: Va bene.\n').replace(
      '  request:\n',
      '  request:\n    otherwise:\n      say: Come pago?\n',
    );
    const actor = createActor(compileYaml(patient).persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    // 'payment' said while the customer was still waiting: it does not move her on in the next state.
    actor.send({ type: 'reply', index: 0, intents: ['any', 'hold', 'payment'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Va bene.');
    actor.send({ type: 'reply', index: 2, intents: ['any', 'greeting'] });
    actor.send({ type: 'reply', index: 4, intents: ['any'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Come pago?');
  });

  it('in the first state, does not go on for what the agent never said', () => {
    // A customer who writes first waits in the first state, with otherwise instead of a catch-all reaction.
    const writesFirst = MINI_SCENARIO.replace(
      '  waiting:\n    on:\n      - when: greeting\n        say: Buongiorno, vorrei rinnovare la polizza.\n        mood: 1\n        goto: request\n      - when: any\n        say: Ehm, buongiorno. Vorrei rinnovare la polizza.\n        mood: -1\n        goto: request\n',
      '  waiting:\n    say: Vorrei rinnovare la polizza.\n    on:\n      - when: payment\n        say: Perfetto, grazie.\n        goto: request\n    otherwise:\n      say: Come pago?\n',
    );
    expect(writesFirst).not.toBe(MINI_SCENARIO);
    const actor = createActor(compileYaml(writesFirst).persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 1, intents: ['any', 'greeting'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Come pago?');
    expect(actor.getSnapshot().value).toHaveProperty('waiting');
  });

  describe('a reply that brings the customer to the close and closes too', () => {
    const closingPhase = MINI_SCENARIO.replace('  closing:\n    silence:\n', '  closing:\n    phase: closing\n    silence:\n');

    it('has the goodbye answered in the same turn, not left waiting for it again', () => {
      expect(closingPhase).not.toBe(MINI_SCENARIO);
      const closing = compileYaml(closingPhase);
      const actor = createActor(closing.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
      actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
      actor.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'alternatives', 'goodbye'] });
      expect(said(actor).slice(-2)).toEqual(['Perfetto, grazie.', 'Arrivederci!']);
      expect(outcomeOfState(closing.scenario, actor.getSnapshot().value)).toBe('resolved');
    });

    it('is carried on past the question a handling state opens with, when the reply answered it', () => {
      const asking = compileYaml(MINI_SCENARIO.replace('  closing:\n    silence:\n', '  closing:\n    say: Quindi abbiamo finito?\n    silence:\n'));
      const actor = createActor(asking.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
      actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
      actor.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'alternatives', 'goodbye'] });
      expect(said(actor).slice(-2)).toEqual(['Perfetto, grazie.', 'Arrivederci!']);
      // Not answered by the reply that brought her there, she asks it.
      const again = createActor(asking.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
      again.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
      again.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'alternatives'] });
      expect(said(again).slice(-2)).toEqual(['Perfetto, grazie.', 'Quindi abbiamo finito?']);
    });

    it('is not carried on into a handling state entered on her own line: there she waits for her own reply', () => {
      const actor = createActor(machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
      actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
      actor.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'alternatives', 'goodbye'] });
      expect(said(actor).at(-1)).toBe('Perfetto, grazie.');
      expect(actor.getSnapshot().value).toHaveProperty('closing');
    });

    it('still asks first for what the close needs and the reply left out, then goes on once answered', () => {
      const expecting = closingPhase
        .replace(
          '  closing:\n    phase: closing\n',
          '  closing:\n    phase: closing\n    expect:\n      - id: receipt\n        intent: receipt\n        followUp: Mi arriva una ricevuta?\n        explain: La ricevuta va detta.\n        better: Le arriva la ricevuta via email.\n',
        )
        .replace('  alternatives:\n', '  receipt:\n    keywords: [ricevuta]\n  alternatives:\n');
      const closing = compileYaml(expecting);
      const actor = createActor(closing.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
      actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
      actor.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'alternatives', 'goodbye'] });
      expect(said(actor).slice(-2)).toEqual(['Perfetto, grazie.', 'Mi arriva una ricevuta?']);
      actor.send({ type: 'reply', index: 5, intents: ['any', 'receipt'] });
      expect(said(actor).at(-1)).toBe('Arrivederci!');
      expect(outcomeOfState(closing.scenario, actor.getSnapshot().value)).toBe('resolved');
    });
  });

  it('asks again without the thanks that opened the first time', () => {
    const objecting = compileYaml(MINI_SCENARIO.replace('  request:\n', '  request:\n    otherwise:\n      say: Grazie, ma come pago?\n'));
    const actor = createActor(objecting.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    actor.send({ type: 'reply', index: 2, intents: ['any'] });
    actor.send({ type: 'reply', index: 4, intents: ['any'] });
    expect(said(actor).slice(-2)).toEqual(['Grazie, ma come pago?', 'Glielo richiedo: come pago?']);
  });

  it('answers an acknowledgement it already gave with another one, not with a prefixed repeat', () => {
    const patient = compileYaml(
      MINI_SCENARIO.replace('      - when: payment\n        say: Perfetto, grazie.\n', '      - when: hold\n        say: Certo, attendo.\n      - when: payment\n        say: Perfetto, grazie.\n'),
    );
    const actor = createActor(patient.persona.machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    actor.send({ type: 'reply', index: 2, intents: ['any', 'hold'] });
    actor.send({ type: 'reply', index: 4, intents: ['any', 'hold'] });
    actor.send({ type: 'reply', index: 6, intents: ['any', 'hold'] });
    expect(said(actor).slice(-3)).toEqual(['Certo, attendo.', "D'accordo.", 'Va bene, grazie.']);
  });

  it('hesitates when asked for card data in chat, and does not go on, unless the scenario reacts its own way', () => {
    const actor = createActor(machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    actor.send({ type: 'reply', index: 2, intents: ['any', 'payment', 'asks-card-data'] });
    const { context, value } = actor.getSnapshot();
    expect(context.said.at(-1)?.text).toBe('Scusi, devo scrivere i dati della carta qui in chat? Non mi sembra sicuro.');
    expect(context.mood).toBe(1 - 2);
    expect(JSON.stringify(value)).toContain('request');
  });

  it('asked for card data a third time, declines in its own words and gives up (abandoned)', () => {
    const actor = createActor(machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    for (const index of [2, 4]) actor.send({ type: 'reply', index, intents: ['any', 'asks-card-data'] });
    expect(said(actor).slice(-2)).toEqual([
      'Scusi, devo scrivere i dati della carta qui in chat? Non mi sembra sicuro.',
      "Preferirei non scrivere i dati della carta in chat. Non c'è un modo più sicuro?",
    ]);
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({ type: 'reply', index: 6, intents: ['any', 'asks-card-data'] });
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.said.at(-1)?.text).toBe('I dati della carta in chat non li scrivo. Per oggi lascio perdere, troverò un altro modo. Arrivederci.');
    expect(snapshot.status).toBe('done');
    expect(outcomeOfState(compiled.scenario, snapshot.value)).toBe('abandoned');
  });

  it('takes offence when brushed off, unless the reply also moves the chat on', () => {
    const actor = createActor(machine, { clock: new SessionClock(), input: { seed: 1 } }).start();
    actor.send({ type: 'reply', index: 0, intents: ['any', 'greeting'] });
    actor.send({ type: 'reply', index: 2, intents: ['any', 'dismissive'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe("Non c'è bisogno di rispondermi così. Le ho solo chiesto una cosa.");
    actor.send({ type: 'reply', index: 4, intents: ['any', 'dismissive', 'payment', 'alternatives'] });
    expect(actor.getSnapshot().context.said.at(-1)?.text).toBe('Perfetto, grazie.');
  });
});
