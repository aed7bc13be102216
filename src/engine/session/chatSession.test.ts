import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { ChatSession, TYPING_EVERY_MS } from './chatSession.ts';
import { replayReplies, replaySessionLog } from './replay.ts';
import { scoreSession } from '../scoring/scoreSession.ts';

const compiled = compileYaml(MINI_SCENARIO);
const customerTexts = (session: ChatSession) => session.messages.filter((m) => m.from === 'customer').map((m) => m.text);

describe('ChatSession', () => {
  it('waits for a greeting, then moves on and shows the answer after a typing delay', () => {
    const session = new ChatSession(compiled, 1);
    session.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    expect(session.personaState).toBe('request');
    expect(session.messages).toHaveLength(1);
    expect(session.personaTyping).toBe(true);
    session.advanceTo(20_000);
    const answer = session.messages[1]!;
    expect(answer.text).toBe('Buongiorno, vorrei rinnovare la polizza.');
    expect(answer.at).toBeGreaterThan(3000);
    expect(answer.typingFrom).toBe(3000);
    expect(session.mood).toBe(1);
  });

  it('shows what the customer posted before the chat opened at once, then types the rest', () => {
    const posting = compileYaml(MINI_SCENARIO.replace('  waiting:\n    on:', '  waiting:\n    say: Il mio pacco è fermo da dieci giorni!\n    on:'));
    const session = new ChatSession(posting, 1);
    session.advanceTo(0);
    expect(session.messages.map((m) => [m.at, m.text])).toEqual([[0, 'Il mio pacco è fermo da dieci giorni!']]);
    session.reply('Buongiorno, mi dispiace: come posso aiutarLa?', 2000);
    session.advanceTo(20_000);
    expect(session.messages[2]!.at).toBeGreaterThan(2000);
    expect(session.messages.find((m) => m.text === "C'è qualcuno?")).toBeUndefined();
  });

  it('nudges, then leaves when nobody answers', () => {
    const session = new ChatSession(compiled, 1);
    session.finish();
    expect(customerTexts(session)).toEqual(["C'è qualcuno?", 'Va bene, arrivederci.']);
    expect(session.outcome).toBe('abandoned');
    const [nudge, leave] = session.messages;
    expect(nudge!.at).toBeGreaterThan(20_000);
    expect(leave!.at - nudge!.at).toBeGreaterThan(30_000);
  });

  it('asks the follow-up when an expectation is due and missing, and stays', () => {
    const session = replayReplies(compiled, [
      { delay: 2, text: 'Buongiorno, come posso aiutarLa?' },
      { delay: 3, text: 'Può fare il pagamento con la carta.' },
    ]);
    expect(customerTexts(session)).toContain('Ci sono alternative alla carta?');
    expect(session.expectations).toEqual([{ state: 'request', id: 'alternatives', promptedBy: 2 }]);
  });

  it('goes on as it would have once the agent answers the follow-up', () => {
    const session = replayReplies(compiled, [
      { delay: 2, text: 'Buongiorno, come posso aiutarLa?' },
      { delay: 3, text: 'Può fare il pagamento con la carta.' },
      { delay: 3, text: 'Certo, anche con bollettino.' },
    ]);
    const texts = customerTexts(session);
    expect(texts.indexOf('Perfetto, grazie.')).toBe(texts.indexOf('Ci sono alternative alla carta?') + 1);
    expect(session.messages.find((m) => m.text === 'Perfetto, grazie.')!.replyTo).toBe(4);
    expect(session.expectations).toEqual([{ state: 'request', id: 'alternatives', promptedBy: 2, coveredBy: 4 }]);
  });

  it('takes the transition when the expectation was met unprompted', () => {
    const session = replayReplies(compiled, [
      { delay: 2, text: 'Buongiorno, come posso aiutarLa?' },
      { delay: 3, text: 'Per il pagamento può usare la carta, il bonifico o il bollettino.' },
    ]);
    expect(customerTexts(session)).toContain('Perfetto, grazie.');
    expect(session.expectations).toEqual([{ state: 'request', id: 'alternatives', coveredBy: 2 }]);
  });

  it('notices a question about something the customer already said', () => {
    const session = replayReplies(compiled, [
      { delay: 2, text: 'Buongiorno, come posso aiutarLa?' },
      { delay: 3, text: 'Mi può indicare la targa del veicolo?' },
    ]);
    expect(session.replies[1]!.askedAgain).toEqual(['targa']);
    expect(customerTexts(session)).toContain("Gliel'ho già detto.");
  });

  it("reads the reply with the scenario's vocabulary: its own names are no typos", () => {
    const spelling = (yaml: string) => {
      const session = new ChatSession(compileYaml(yaml), 1);
      session.reply('Buongiorno, la polizza velocia è attiva.', 3000);
      return session.replies[0]!.analysis.style.filter((issue) => issue.rule === 'spelling').map((issue) => issue.excerpt);
    };
    expect(spelling(MINI_SCENARIO)).toEqual(['velocia']);
    expect(spelling(MINI_SCENARIO.replace('company: Aurora Assicurazioni', 'company: Velocia Assicurazioni'))).toEqual([]);
  });

  it('measures each delay from the previous message, whichever side wrote it', () => {
    const session = replayReplies(compiled, [{ delay: 25, text: 'Buongiorno, come posso aiutarLa?' }]);
    const nudge = session.messages.find((m) => m.text === "C'è qualcuno?")!;
    const reply = session.messages.find((m) => m.from === 'agent')!;
    expect(reply.at).toBe(nudge.at + 25_000);
  });

  it('refuses replies once the chat is over, and logs only what happened', () => {
    const session = replayReplies(compiled, [
      { delay: 2, text: 'Buongiorno, come posso aiutarLa?' },
      { delay: 2, text: 'Può pagare con bonifico.' },
      { delay: 2, text: 'Arrivederci e buona giornata!' },
      { delay: 2, text: 'Questo non arriva.' },
    ]);
    expect(session.outcome).toBe('resolved');
    expect(session.log.events.map((e) => ('text' in e ? e.text : 'close'))).not.toContain('Questo non arriva.');
    expect(session.reply('Ancora?')).toBeUndefined();
  });

  it('rebuilds the same chat from its log, byte for byte', () => {
    const replies = [
      { delay: 4, text: 'Buongiorno, sono Giulia. Come posso aiutarLa?' },
      { delay: 12, text: 'Un attimo che verifico.' },
      { delay: 7, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 3, text: 'Grazie, buona giornata, arrivederci.' },
    ];
    const first = replayReplies(compiled, replies, 7);
    const fromLog = replaySessionLog(compiled, JSON.parse(JSON.stringify(first.log)));
    expect(JSON.stringify(scoreSession(fromLog))).toBe(JSON.stringify(scoreSession(first)));
    expect(JSON.stringify(scoreSession(replayReplies(compiled, replies, 7)))).toBe(JSON.stringify(scoreSession(first)));
  });

  it('resumes mid-chat from a partial log, as after a page reload', () => {
    const live = new ChatSession(compiled, 3);
    live.reply('Buongiorno, come posso aiutarLa?', 2000);
    live.advanceTo(9000);
    const reloaded = replaySessionLog(compiled, live.log, { finish: false });
    reloaded.advanceTo(9000);
    expect(reloaded.messages).toEqual(live.messages);
    expect(reloaded.personaState).toBe(live.personaState);
    live.advanceTo(60_000);
    reloaded.advanceTo(60_000);
    expect(reloaded.messages).toEqual(live.messages);
  });

  it('closing the chat ends it as unresolved', () => {
    const session = new ChatSession(compiled, 1);
    session.reply('Buongiorno!', 1000);
    session.close(5000);
    expect(session.outcome).toBe('unresolved');
    expect(session.log.events.at(-1)).toEqual({ at: 5000, close: true });
  });

  it('lets an announced hold buy the agent the hold limit before the customer nudges', () => {
    const nudgeAfter = (text: string) => {
      const session = new ChatSession(compiled, 1);
      session.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
      session.advanceTo(10_000);
      session.reply(text, 12_000);
      session.advanceTo(300_000);
      const lastShown = session.messages.find((m) => m.index > 2 && m.from === 'customer' && m.kind !== 'nudge');
      const nudge = session.messages.find((m) => m.kind === 'nudge')!;
      return (nudge.at - (lastShown?.at ?? 12_000)) / 1000;
    };
    // The scenario's hold limit is the default, 120 s; its first silence step says 20 s.
    expect(nudgeAfter('Un attimo che verifico la sua polizza.')).toBeGreaterThanOrEqual(120);
    expect(nudgeAfter('Vedo la sua polizza.')).toBeLessThan(30);
  });

  it('never has the customer write the same words twice: a repeated line comes back reworded', () => {
    const session = replayReplies(compiled, [
      { delay: 3, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' },
      { delay: 4, text: 'Mi può indicare la targa?' },
      { delay: 4, text: 'Mi può indicare la targa?' },
    ]);
    const texts = customerTexts(session);
    expect(texts).toContain("Gliel'ho già detto.");
    expect(texts).toContain("Come le dicevo, gliel'ho già detto.");
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('takes a reference code nobody wrote before as giving a reference, whatever the phrasing', () => {
    const session = new ChatSession(compiled, 1);
    session.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    session.advanceTo(10_000);
    session.reply('Sì, eccola: TK-58213', 12_000);
    expect(session.replies.at(-1)!.chatIntents).toEqual(['reference-number']);
    // Quoting back a code the customer wrote is not giving one.
    const quoting = new ChatSession(compileYaml(MINI_SCENARIO.replace('  waiting:\n    on:', '  waiting:\n    say: Il mio codice è FN-204871.\n    on:')), 1);
    quoting.reply('Buongiorno, il suo codice FN-204871 mi risulta. Come posso aiutarLa?', 2000);
    expect(quoting.replies.at(-1)!.chatIntents).toEqual([]);
  });

  it('takes a limit in time as stating a wait, and a mere length as not', () => {
    const session = new ChatSession(compiled, 1);
    session.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    session.advanceTo(10_000);
    session.reply('Le arriverà tutto in giornata.', 12_000);
    expect(session.replies.at(-1)!.chatIntents).toEqual(['wait-time']);
    session.reply('Sono passati più di 14 giorni dalla consegna.', 20_000);
    expect(session.replies.at(-1)!.chatIntents).toEqual([]);
  });

  it('takes a bare greeting after the welcome as a goodbye, and the welcome itself as none', () => {
    const session = new ChatSession(compiled, 1);
    session.reply('Buongiorno!', 3000);
    expect(session.replies.at(-1)!.chatIntents).toEqual([]);
    session.reply('Sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 6000);
    session.reply('Ciao.', 12_000);
    expect(session.replies.at(-1)!.chatIntents).toEqual(['goodbye']);
  });

  it("takes a bare yes to the customer's yes/no question as saying what was asked", () => {
    const asking = compileYaml(MINI_SCENARIO.replace('        say: Buongiorno, vorrei rinnovare la polizza.', '        say: Buongiorno. Posso fare il pagamento con bonifico?'));
    const yes = new ChatSession(asking, 1);
    yes.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    yes.reply('Sì, certo.', 10_000);
    expect(yes.replies.at(-1)!.scenarioIntents).toEqual(['payment', 'alternatives']);
    yes.advanceTo(20_000);
    expect(yes.messages.map((message) => message.text)).toContain('Perfetto, grazie.');
    // 'Certo cosa?' is no yes; an open question is not answered by one.
    const notYes = new ChatSession(asking, 1);
    notYes.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    notYes.reply('Certo cosa?', 10_000);
    expect(notYes.replies.at(-1)!.scenarioIntents).toEqual([]);
    const open = new ChatSession(compileYaml(MINI_SCENARIO.replace('        say: Buongiorno, vorrei rinnovare la polizza.', '        say: Buongiorno. Come posso fare il pagamento con bonifico?')), 1);
    open.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    open.reply('Sì.', 10_000);
    expect(open.replies.at(-1)!.scenarioIntents).toEqual([]);
  });

  it('matches a scenario intent by an entity the reply states, whatever the words', () => {
    const withWindow = compileYaml(
      MINI_SCENARIO.replace('  alternatives:\n    keywords: [bonifico, bollettino]\n', '  alternatives:\n    keywords: [bonifico, bollettino]\n  slot:\n    entities: [time-window]\n'),
    );
    const session = new ChatSession(withWindow, 1);
    session.reply('Il tecnico passa domani, 9-13.', 3000);
    expect(session.replies.at(-1)!.scenarioIntents).toContain('slot');
    session.reply('Il tecnico passa domani.', 6000);
    expect(session.replies.at(-1)!.scenarioIntents).not.toContain('slot');
  });

  it('replays the seconds a reply took to type as typing, so the customer waits instead of nudging', () => {
    const welcome = { delay: 3, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' };
    const slow = { delay: 40, text: 'Ecco: può pagare con bonifico o bollettino.' };
    const idle = replayReplies(compiled, [welcome, slow], 1, { finish: false });
    expect(customerTexts(idle)).toContain("C'è qualcuno?");
    const typed = replayReplies(compiled, [welcome, { ...slow, typing: 35 }], 1, { finish: false });
    expect(customerTexts(typed)).not.toContain("C'è qualcuno?");
    const events = typed.log.events.filter((event) => 'typing' in event).map((event) => event.at);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((at, index) => index === 0 || at - events[index - 1]! >= TYPING_EVERY_MS)).toBe(true);
  });

  it('lets a trainee who is typing keep the customer from nudging, and replays it from the log', () => {
    const session = new ChatSession(compiled, 1);
    session.reply('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 3000);
    session.advanceTo(10_000);
    const answeredAt = session.messages.at(-1)!.at;
    // Typing every few seconds for a minute: no nudge, although the silence step says 20 s.
    for (let at = answeredAt + 5000; at <= answeredAt + 60_000; at += 3000) session.typing(at);
    expect(session.messages.filter((m) => m.kind === 'nudge')).toEqual([]);
    // Then the trainee stops: the nudge comes 20 s after the last keystroke.
    session.advanceTo(answeredAt + 120_000);
    const nudge = session.messages.find((m) => m.kind === 'nudge')!;
    const lastTyping = session.log.events.filter((event) => 'typing' in event).at(-1)!.at;
    expect(nudge.at - lastTyping).toBeGreaterThanOrEqual(20_000);
    expect(nudge.at - lastTyping).toBeLessThan(30_000);
    const replayed = replaySessionLog(compiled, session.log, { finish: false });
    replayed.advanceTo(session.now);
    expect(replayed.messages).toEqual(session.messages);
  });

  it('does not ask for what the agent already said earlier, in another order', () => {
    const followUps = (replies: string[]) =>
      replayReplies(
        compiled,
        replies.map((text) => ({ delay: 4, text })),
      ).messages.filter((m) => m.kind === 'follow-up');
    // In the customer's order: the payment first, so the customer asks about alternatives.
    expect(followUps(['Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?', 'Procediamo con il pagamento.'])).toHaveLength(1);
    // Alternatives said in the welcome, before the customer came to payment: nothing to ask.
    const early = replayReplies(compiled, [
      { delay: 3, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni: può pagare anche con bonifico o bollettino. Come posso aiutarLa?' },
      { delay: 4, text: 'Procediamo con il pagamento.' },
    ]);
    expect(early.messages.filter((m) => m.kind === 'follow-up')).toEqual([]);
    expect(early.expectations.find((e) => e.id === 'alternatives')).toMatchObject({ coveredBy: 0 });
  });

  it('takes a follow-up about a reference number as answered only by one, not by talk of it', () => {
    const withReference = compileYaml(
      MINI_SCENARIO.replace(
        '        better: Può pagare con carta, bonifico o bollettino.\n',
        '        better: Può pagare con carta, bonifico o bollettino.\n      - id: reference\n        intent: reference-number\n        followUp: Ho un numero di riferimento, nel caso dovessi ricontattarvi?\n        explain: Serve un numero.\n        better: Le do il numero della pratica, lo citi se dovesse ricontattarci.\n',
      ),
    );
    const play = (answer: string) =>
      replayReplies(withReference, [
        { delay: 3, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' },
        { delay: 4, text: 'Può pagare con carta, bonifico o bollettino.' },
        { delay: 4, text: answer },
      ]).expectations.find((e) => e.id === 'reference');
    const talk = "Troverà tutti i riferimenti nella email. In ogni caso può sempre ricontattarci indicando il numero d'ordine.";
    expect(play(talk)).toMatchObject({ promptedBy: expect.any(Number) });
    expect(play(talk)?.coveredBy).toBeUndefined();
    expect(play('Certo: la pratica è RS-30418.')?.coveredBy).toEqual(expect.any(Number));
  });
});
