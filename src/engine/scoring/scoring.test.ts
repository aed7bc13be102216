import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { replayReplies } from '../session/replay.ts';
import type { Reply } from '../scenario/scenarioSchema.ts';
import { DEFAULT_WEIGHTS, DIMENSIONS } from './dimensions/index.ts';
import { CAPS, TONE_DEAF_PER_MOOD, WEAKEST_SHARE } from './gravestFailures.ts';
import { scoreSession } from './scoreSession.ts';
import { waitScore } from './scoreResponseTime.ts';

const mini = compileYaml(MINI_SCENARIO);
const report = (replies: Reply[], compiled = mini) => scoreSession(replayReplies(compiled, replies));
const rules = (r: ReturnType<typeof report>) => r.findings.map((finding) => finding.rule);
const GOOD_WELCOME = 'Buongiorno signor Rossi, benvenuto nella chat di Aurora Assicurazioni, sono Giulia. Come posso aiutarLa?';

describe('greeting', () => {
  it('gives full marks to a prompt, complete welcome', () => {
    const r = report([{ delay: 3, text: GOOD_WELCOME }]);
    expect(r.dimensions.greeting.score).toBe(100);
    expect(rules(r).filter((rule) => rule.startsWith('greeting.'))).toEqual([]);
  });

  it("treats 'eccomi' as a poor greeting and names what is missing", () => {
    const r = report([{ delay: 3, text: 'eccomi' }]);
    expect(rules(r)).toEqual(expect.arrayContaining(['greeting.bare-presence', 'greeting.welcome', 'greeting.introduction', 'greeting.company', 'greeting.offer-help']));
    expect(r.dimensions.greeting.score).toBe(Math.max(0, 100 - 20 - 10 - 30 - 30 - 20));
    const bare = r.findings.find((f) => f.rule === 'greeting.bare-presence')!;
    expect(bare.message).toBe(0);
    expect(bare.explanation).toContain("'eccomi'");
    expect(bare.better).toContain('Aurora Assicurazioni');
  });

  it('costs the first move when the customer has to write first, and more the longer the welcome is late', () => {
    const late = report([{ delay: 25, text: GOOD_WELCOME }]);
    const lateAt = late.transcript.find((message) => message.from === 'agent')!.at;
    expect(lateAt).toBeGreaterThan(30);
    // Up to 25 points more, in full at twice the acceptable 30 s.
    expect(late.findings.find((f) => f.rule === 'greeting.first-move')!.points).toBeCloseTo(20 + 25 * Math.min(1, (lateAt - 30) / 30), 0);
  });

  it('expects a welcome in the opening of a live chat', () => {
    const r = report([{ delay: 3, text: 'Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarLa?' }]);
    expect(rules(r)).toContain('greeting.welcome');
    expect(rules(report([{ delay: 3, text: GOOD_WELCOME }]))).not.toContain('greeting.welcome');
  });

  it('expects the customer name when it is known', () => {
    const known = compileYaml(MINI_SCENARIO.replace('patience: 60 }', 'patience: 60, knownName: true }'));
    const r = report([{ delay: 3, text: 'Buongiorno, benvenuto nella chat di Aurora Assicurazioni, sono Giulia. Come posso aiutarLa?' }], known);
    expect(rules(r)).toContain('greeting.customer-name');
    expect(r.dimensions.greeting.score).toBe(90);
  });
});

describe('register', () => {
  it('costs every informal reply in a formal chat and flags the mix once', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'ok, dimmi pure come vuoi pagare' },
    ]);
    const offRegister = r.findings.filter((f) => f.rule === 'register.off-register');
    expect(offRegister).toHaveLength(1);
    expect(offRegister[0]!.message).toBe(2);
    expect(offRegister[0]!.excerpt).toMatch(/dimmi/);
    expect(rules(r)).toContain('register.inconsistent');
    expect(r.dimensions.register.judged).toBe('mixed');
  });

  it('accepts tu where the brand uses it', () => {
    const informal = compileYaml(MINI_SCENARIO.replace('company: Aurora', 'register: informal\ncompany: Aurora'));
    const r = report([{ delay: 3, text: 'Ciao Paolo, sono Giulia di Aurora Assicurazioni! Come posso aiutarti?' }], informal);
    expect(rules(r)).not.toContain('register.off-register');
  });

  it('flags shorthand with the word to write instead', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Cmq può pagare con bonifico.' },
    ]);
    const shorthand = r.findings.find((f) => f.rule === 'register.shorthand')!;
    expect(shorthand.excerpt?.toLowerCase()).toBe('cmq');
    expect(shorthand.better).toContain('comunque');
  });

  it('flags copy-paste repetition', () => {
    const stock = 'La ringraziamo per la segnalazione, stiamo verificando la Sua richiesta.';
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: stock },
      { delay: 3, text: stock },
    ]);
    const repeated = r.findings.find((f) => f.rule === 'register.repeated')!;
    expect(r.transcript[repeated.message!]).toMatchObject({ from: 'agent', text: stock });
    expect(repeated.message).toBe(3);
    expect(repeated.explanation).toContain('messaggio 3');
  });

  it('expects empathy in a complaint and calls cheer tone-deaf', () => {
    const complaint = compileYaml(MINI_SCENARIO.replace('company: Aurora', 'complaint: true\ncompany: Aurora').replace('patience: 60 }', 'patience: 60, mood: -3 }'));
    const r = report(
      [
        { delay: 3, text: 'Fantastico! Siamo felicissimi di sentirLa!' },
        { delay: 3, text: 'Può pagare con bonifico.' },
      ],
      complaint,
    );
    expect(rules(r)).toEqual(expect.arrayContaining(['register.tone-deaf', 'register.no-empathy']));
  });
});

describe('tone', () => {
  it('finds a bare reply with no word of courtesy curt, not a short courteous one', () => {
    const bare = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Ok. Altro?' },
    ]);
    expect(bare.findings.find((f) => f.rule === 'register.curt')?.message).toBe(2);
    const kind = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Prego, signor Rossi.' },
    ]);
    expect(rules(kind)).not.toContain('register.curt');
  });

  it('finds reproaching the customer dismissive', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: "Gliel'ho già detto, il rimborso in chat non si fa." },
    ]);
    expect(rules(r)).toContain('register.dismissive');
  });
});

describe('jargon', () => {
  it("finds the scenario's own jargon beside the language's", () => {
    const withJargon = compileYaml(MINI_SCENARIO.replace('agent: Giulia\n', 'agent: Giulia\njargon: [codice ANIA]\n'));
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Mi serve il codice ANIA della polizza, poi verifico sul backend.' },
      ],
      withJargon,
    );
    expect(r.findings.filter((f) => f.rule === 'register.jargon').map((f) => f.excerpt)).toEqual(['codice ANIA', 'backend']);
  });
});

describe('patterns', () => {
  it('caps a chat pasted again and again, and one joking with an unhappy customer, in two replies', () => {
    const pasted = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Gentile cliente, la informiamo che può pagare con bonifico.' },
      { delay: 3, text: 'Gentile cliente, la informiamo che può pagare con bonifico.' },
      { delay: 3, text: 'Gentile cliente, la informiamo che può pagare con bonifico.' },
    ]);
    expect(pasted.findings.find((f) => f.rule === 'register.robotic-pattern')?.cap).toBe(CAPS.roboticPattern);
    expect(pasted.total).toBeLessThanOrEqual(CAPS.roboticPattern);
    const complaint = compileYaml(MINI_SCENARIO.replace('agent: Giulia\n', 'agent: Giulia\ncomplaint: true\n'));
    const joking = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Fantastico! Guardi il lato positivo 😂' },
        { delay: 3, text: 'Super! Può pagare con bonifico 😉' },
      ],
      complaint,
    );
    // A calm customer at the start (MINI_SCENARIO's mood is 0): the cap in full.
    expect(joking.findings.find((f) => f.rule === 'register.tone-deaf-pattern')?.cap).toBe(CAPS.toneDeafPattern);
    const furious = compileYaml(MINI_SCENARIO.replace('agent: Giulia\n', 'agent: Giulia\ncomplaint: true\n').replace('patience: 60 }', 'patience: 60, mood: -3 }'));
    const atFurious = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Fantastico! Guardi il lato positivo 😂' },
        { delay: 3, text: 'Super! Può pagare con bonifico 😉' },
      ],
      furious,
    );
    expect(atFurious.findings.find((f) => f.rule === 'register.tone-deaf-pattern')?.cap).toBe(CAPS.toneDeafPattern - 3 * TONE_DEAF_PER_MOOD);
    expect(atFurious.total).toBeLessThanOrEqual(CAPS.toneDeafPattern - 3 * TONE_DEAF_PER_MOOD);
  });

  it('caps a chat held in the wrong register throughout, not one slip', () => {
    const allTu = report([
      { delay: 3, text: 'Ciao Paolo, sono Giulia di Aurora Assicurazioni. Come posso aiutarti?' },
      { delay: 3, text: 'Puoi pagare con bonifico o bollettino, come preferisci.' },
      { delay: 3, text: 'Ti ringrazio, se non hai altre domande chiudo la chat. Ciao!' },
    ]);
    // Tu to a Lei brand's customer: the stricter of the two caps.
    expect(allTu.findings.find((f) => f.rule === 'register.wrong-register-pattern')).toMatchObject({ cap: CAPS.informalPattern });
    expect(allTu.total).toBeLessThanOrEqual(CAPS.informalPattern);
    const oneSlip = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Puoi pagare con bonifico o bollettino, come preferisci.' },
      { delay: 3, text: 'La ringrazio, se non ha altre domande chiudo la chat. Arrivederci!' },
    ]);
    expect(rules(oneSlip)).toContain('register.off-register');
    expect(rules(oneSlip)).not.toContain('register.wrong-register-pattern');
  });

  it('caps Lei throughout on a tu brand less than tu throughout on a Lei brand', () => {
    const informal = compileYaml(MINI_SCENARIO.replace('company: Aurora', 'register: informal\ncompany: Aurora'));
    const allLei = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Le confermo che può pagare con bonifico o bollettino, come preferisce.' },
        { delay: 3, text: 'La ringrazio, se non ha altre domande chiudo la chat. Arrivederci!' },
      ],
      informal,
    );
    expect(allLei.findings.find((f) => f.rule === 'register.wrong-register-pattern')).toMatchObject({ cap: CAPS.formalPattern });
    expect(CAPS.formalPattern).toBeGreaterThan(CAPS.informalPattern);
  });
});

describe('absolute promises', () => {
  it('cost exhaustiveness points on the message and cap the total at 40, at 20 when made in more than one reply', () => {
    const once = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Le garantisco al 100% che domani è tutto risolto.' },
    ]);
    const promise = once.findings.find((f) => f.rule === 'exhaustiveness.absolute-promise')!;
    expect(promise.message).toBe(2);
    expect(promise.dimension).toBe('exhaustiveness');
    expect(promise.cap).toBe(40);
    expect(once.total).toBeLessThanOrEqual(40);
    const twice = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Le garantisco che domani è tutto risolto.' },
      { delay: 3, text: 'Il tecnico arriverà sicuramente, al 100%.' },
    ]);
    expect(new Set(twice.findings.filter((f) => f.rule === 'exhaustiveness.absolute-promise').map((f) => f.cap))).toEqual(new Set([20]));
    expect(twice.total).toBeLessThanOrEqual(20);
  });
});

describe('professional writing', () => {
  it.each([
    ['register.all-caps', 'MI DISPIACE MOLTO, VERIFICO SUBITO LA PRATICA.'],
    ['register.repeated-punctuation', 'Può pagare con bonifico!!!'],
    ['register.emoji', 'Può pagare con bonifico 😊'],
    ['register.joke', 'Ahahah, può pagare con bonifico.'],
    ['register.spelling', 'Un pò di pazienza, perchè verifico il bonifico.'],
  ])('%s costs points on the message that has it', (rule, text) => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text },
    ]);
    const finding = r.findings.find((f) => f.rule === rule);
    expect(finding, `${rule} for "${text}"`).toBeDefined();
    expect(finding!.message).toBe(2);
    expect(finding!.points).toBeGreaterThan(0);
    expect(finding!.explanation.length).toBeGreaterThan(10);
  });
});

describe('policy', () => {
  const withPolicy = compileYaml(
    `${MINI_SCENARIO}
policy:
  forbidden:
    - id: card-number
      keywords: [numero della carta]
      dimension: exhaustiveness
      explain: I dati della carta non si chiedono in chat.
      better: Le invio un link sicuro.
  required:
    - id: reference
      intent: reference-number
      explain: Serve un numero di riferimento.
      better: Il numero della pratica è RC-1.
  contradictions:
    - id: pay-then-ask
      first: payment
      then: asked-again
      explain: Contraddizione.
      better: Meglio così.
`,
  );

  it('costs forbidden content where it is said, and required content never said', () => {
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Mi scriva il numero della carta, per favore.' },
      ],
      withPolicy,
    );
    expect(r.findings.find((f) => f.rule === 'exhaustiveness.card-number')).toMatchObject({ message: 2, points: 15, explanation: 'I dati della carta non si chiedono in chat.' });
    expect(r.findings.find((f) => f.rule === 'exhaustiveness.reference')).toMatchObject({ message: null, better: 'Il numero della pratica è RC-1.' });
  });

  it('costs a contradiction on the second reply', () => {
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Può fare il pagamento con la carta.' },
        { delay: 3, text: 'Mi può dire la targa?' },
      ],
      withPolicy,
    );
    expect(r.findings.find((f) => f.rule === 'exhaustiveness.pay-then-ask')?.message).toBe(4);
  });
});

describe('conduct', () => {
  it('takes refusing a manager as a grave failure that caps the total (seed 004: transfer, never refuse)', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Mi dispiace, non posso passarLa a un responsabile.' },
    ]);
    expect(r.findings.find((f) => f.rule === 'register.escalation-refusal')).toMatchObject({ message: 2, points: 20, severity: 'critical', cap: CAPS.escalationRefused });
    expect(r.total).toBeLessThanOrEqual(CAPS.escalationRefused);
  });

  it('takes a customer left waiting until they leave as abandoned, which caps the total', () => {
    const r = report([{ delay: 3, text: GOOD_WELCOME }]);
    expect(r.outcome).toBe('abandoned');
    expect(r.findings.find((f) => f.rule === 'closure.abandoned')).toMatchObject({ severity: 'critical', points: 100, cap: CAPS.abandoned });
    expect(r.total).toBeLessThanOrEqual(CAPS.abandoned);
  });

  it('takes a customer left waiting for the close, once the need was met, as a closing left hanging rather than a need abandoned', () => {
    const leavesAtClose = compileYaml(
      MINI_SCENARIO.replace('  closing:\n    silence:', '  closing:\n    phase: closing\n    silence:').replace(
        '      - after: 20\n        outcome: unresolved',
        '      - after: 20\n        outcome: abandoned',
      ),
    );
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
      ],
      leavesAtClose,
    );
    expect(r.outcome).toBe('abandoned');
    expect(r.findings.find((f) => f.rule === 'closure.abandoned')).toMatchObject({ points: 100, cap: CAPS.leftHanging });
    expect(r.total).toBeGreaterThan(CAPS.abandoned);
    expect(r.total).toBeLessThanOrEqual(CAPS.leftHanging);
  });

  it('takes a customer driven away mid-need by the replies as abandoned too, which caps the total', () => {
    const leavesOnPaste = compileYaml(MINI_SCENARIO.replace('states:\n', 'anytime:\n  - when: repeated\n    say: Sembra un copia e incolla. Lascio perdere.\n    outcome: abandoned\nstates:\n'));
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'La Sua richiesta è importante per noi, la preghiamo di attendere.' },
        { delay: 3, text: 'La Sua richiesta è importante per noi, la preghiamo di attendere.' },
      ],
      leavesOnPaste,
    );
    expect(r.outcome).toBe('abandoned');
    expect(r.findings.find((f) => f.rule === 'closure.driven-away')).toMatchObject({ points: 100, cap: CAPS.abandoned });
    expect(r.total).toBeLessThanOrEqual(CAPS.abandoned);
  });

  it('takes asking for card data in chat as a grave failure, not naming it to reassure', () => {
    const asked = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Per procedere mi può indicare il numero della carta e il CVV?' },
    ]);
    expect(asked.findings.find((f) => f.rule === 'exhaustiveness.card-data-request')).toMatchObject({ message: 2, severity: 'critical', cap: CAPS.cardData });
    expect(asked.total).toBeLessThanOrEqual(CAPS.cardData);
    expect(asked.totalFrom.cappedBy).toBe(asked.findings.findIndex((f) => f.rule === 'exhaustiveness.card-data-request'));
    const reassured = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Per sicurezza non Le chiederò mai il numero della carta in chat. Le mando un link sicuro, va bene?' },
    ]);
    expect(reassured.findings.map((f) => f.rule)).not.toContain('exhaustiveness.card-data-request');
  });

  it('phrases the better reply with tu where the brand uses tu', () => {
    const informal = compileYaml(MINI_SCENARIO.replace('company: Aurora', 'register: informal\ncompany: Aurora'));
    const r = report([{ delay: 3, text: 'eccomi' }], informal);
    expect(r.findings.find((f) => f.rule === 'greeting.offer-help')!.better).toBe('Come posso aiutarti?');
    expect(report([{ delay: 3, text: 'eccomi' }]).findings.find((f) => f.rule === 'greeting.offer-help')!.better).toBe('Come posso aiutarLa?');
  });
});

describe('exhaustiveness', () => {
  it('costs a follow-up the customer had to ask, with the scenario explanation and better phrasing', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può fare il pagamento con la carta.' },
      { delay: 3, text: 'Certo, anche con bonifico o bollettino.' },
    ]);
    const followUp = r.findings.find((f) => f.rule === 'exhaustiveness.follow-up')!;
    expect(followUp).toMatchObject({ message: 2, points: 20, explanation: 'Serve dire tutte le opzioni.', better: 'Può pagare con carta, bonifico o bollettino.' });
    expect(r.dimensions.exhaustiveness.expectations).toEqual([{ id: 'alternatives', state: 'request', status: 'after-follow-up' }]);
    expect(r.dimensions.exhaustiveness.score).toBe(80);
  });

  it('does not count quoting a known value back as asking for it again', () => {
    const withValue = compileYaml(MINI_SCENARIO.replace('targa: { known: customer, keywords: [targa] }', 'targa: { known: customer, value: FG 482 LM, keywords: [targa] }'));
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Ho trovato la polizza della targa FG482LM, giusto?' },
      ],
      withValue,
    );
    expect(r.findings.map((f) => f.rule)).not.toContain('exhaustiveness.asked-again');
  });

  it('costs asking again for what the customer said', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Mi può dire la targa?' },
    ]);
    expect(r.findings.find((f) => f.rule === 'exhaustiveness.asked-again')).toMatchObject({ message: 2, points: 15 });
  });
});

describe('a need never said', () => {
  it('costs its points and more when the customer got to its state but it never came, asked or not', () => {
    // The customer reaches the request state; the agent never speaks of paying, then goes silent.
    const r = report([{ delay: 3, text: GOOD_WELCOME }]);
    const missed = r.findings.find((f) => f.rule === 'exhaustiveness.never-said')!;
    expect(missed.points).toBe(20 + 10);
    expect(missed.better).toBe('Può pagare con carta, bonifico o bollettino.');
    expect(missed.explanation).toContain('Serve dire tutte le opzioni.');
    expect(r.dimensions.exhaustiveness.expectations).toEqual([{ id: 'alternatives', state: 'request', status: 'missed' }]);
  });

  it('is not charged for a state the customer never reached', () => {
    expect(rules(report([]))).not.toContain('exhaustiveness.never-said');
  });

  it('is charged once when the states the chat went through share it', () => {
    // The same need in 'request' and 'closing': 'Grazie' moves the customer on without it, then silence.
    const shared = compileYaml(
      MINI_SCENARIO.replace('      - when: payment\n', '      - when: thanks\n        goto: closing\n      - when: payment\n').replace(
        '  closing:\n',
        '  closing:\n    expect:\n      - id: alternatives\n        intent: alternatives\n        followUp: E le alternative?\n        explain: Serve dire tutte le opzioni.\n        better: Può pagare con carta o bonifico.\n',
      ),
    );
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Grazie.' },
      ],
      shared,
    );
    expect(r.transcript.map((entry) => entry.text)).toContain('Dobbiamo fare altro?');
    expect(rules(r).filter((rule) => rule === 'exhaustiveness.never-said')).toHaveLength(1);
  });
});

describe('strengths', () => {
  it('lists what went well, each with the message that shows it, and nothing for a silent agent', () => {
    const good = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 4, text: 'Può pagare con carta, bonifico o bollettino: il numero della pratica è RC-20931.' },
    ]);
    expect(good.strengths.map((s) => s.id)).toEqual(expect.arrayContaining(['greeting', 'register', 'reference']));
    expect(good.strengths.find((s) => s.id === 'greeting')!.message).toBe(0);
    expect(good.strengths.every((s) => s.text.length > 0 && !s.text.startsWith('strength.'))).toBe(true);
    expect(report([]).strengths).toEqual([]);
  });
});

describe('response time', () => {
  it('charges a late welcome once, as the greeting, not again as a slow response', () => {
    const r = report([{ delay: 15, text: GOOD_WELCOME }]);
    expect(r.findings.filter((f) => f.message === 0).map((f) => f.rule)).toEqual(['greeting.late-first-move']);
    expect(r.dimensions.responseTime.first).toBe(15);
  });

  it('follows the seed thresholds: full marks to 10 s, 60 at 30 s, nothing from 60 s', () => {
    expect(waitScore(4, 10, 30)).toBe(100);
    expect(waitScore(10, 10, 30)).toBe(100);
    expect(waitScore(20, 10, 30)).toBe(80);
    expect(waitScore(30, 10, 30)).toBe(60);
    expect(waitScore(45, 10, 30)).toBe(30);
    expect(waitScore(60, 10, 30)).toBe(0);
    expect(waitScore(45, 30, 60, 120)).toBe(80);
    expect(waitScore(90, 30, 60, 120)).toBe(30);
    expect(waitScore(90, 10, 30)).toBe(0);
  });

  it('reports the first response, the median and the worst, and costs slow ones', () => {
    const r = report([
      { delay: 4, text: GOOD_WELCOME },
      { delay: 20, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 4, text: 'Grazie, arrivederci.' },
    ]);
    const rt = r.dimensions.responseTime;
    expect(rt.first).toBe(4);
    expect(rt.worst).toBe(20);
    expect(rt.median).toBe(5.5);
    expect(rt.responses.map((response) => response.kind)).toEqual(['first', 'next', 'next']);
    // A 20 s wait scores 80: 0.6 of its 20 lost points shared over the three waits, and 0.4 as the longest.
    expect(r.findings.find((f) => f.rule === 'responseTime.slow')).toMatchObject({ message: 2, points: 12 });
    expect(rt.score).toBe(88);
  });

  it('counts an announced hold as a response and judges the wait after it against the hold limit', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Un attimo, verifico subito.' },
      { delay: 19, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 4, text: 'Grazie, arrivederci.' },
    ]);
    const responses = r.dimensions.responseTime.responses;
    expect(responses.map((response) => response.kind)).toEqual(['first', 'next', 'after-hold', 'next']);
    expect(responses[2]).toMatchObject({ waitedFrom: 2, seconds: 19, score: 100 });
    expect(r.dimensions.responseTime.score).toBe(100);
  });

  it('times a reply to lines the customer wrote in one go from the last of them', () => {
    const burst = compileYaml(
      MINI_SCENARIO.replace('        say: Buongiorno, vorrei rinnovare la polizza.\n        mood: 1', '        say: [Buongiorno., Vorrei rinnovare la polizza della mia auto nuova.]\n        mood: 1'),
    );
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 4, text: 'Può pagare con bonifico o bollettino.' },
        { delay: 2, text: 'Grazie, arrivederci.' },
      ],
      burst,
    );
    expect(r.dimensions.responseTime.responses[1]).toMatchObject({ waitedFrom: 2, seconds: 4 });
  });

  it('calls a wait beyond 30 s too slow', () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 45, text: 'Può pagare con bonifico o bollettino.' },
    ]);
    expect(r.findings.some((f) => f.rule === 'responseTime.too-slow' || f.rule === 'responseTime.unanswered')).toBe(true);
  });

  it('costs a hold that lasts beyond the hold limit', () => {
    const patient = compileYaml(MINI_SCENARIO.replace("    - after: 20\n      say: C'è qualcuno?", "    - after: 300\n      say: C'è qualcuno?"));
    const r = report(
      [
        { delay: 3, text: GOOD_WELCOME },
        { delay: 3, text: 'Un attimo, verifico subito.' },
        { delay: 150, text: 'Può pagare con bonifico o bollettino.' },
      ],
      patient,
    );
    expect(r.findings.find((f) => f.rule === 'responseTime.long-hold')).toMatchObject({ message: 3 });
  });

  it('counts a customer left waiting until they leave', () => {
    const r = report([]);
    expect(r.dimensions.responseTime.responses).toEqual([expect.objectContaining({ kind: 'unanswered', message: null })]);
    expect(r.dimensions.responseTime.score).toBe(0);
  });
});

describe('closure', () => {
  it('checks thanks, anything else, the announced close and the goodbye', () => {
    const full = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 3, text: "La ringrazio per averci contattato. C'è altro in cui posso aiutarLa?" },
      { delay: 3, text: 'Allora chiudo la chat. Buona giornata, arrivederci!' },
    ]);
    expect(full.dimensions.closure.score).toBe(100);
    expect(full.outcome).toBe('resolved');
    const bare = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 3, text: 'Arrivederci.' },
    ]);
    expect(rules(bare)).toEqual(expect.arrayContaining(['closure.thanks', 'closure.anything-else', 'closure.announce']));
    expect(rules(bare)).not.toContain('closure.goodbye');
    expect(bare.dimensions.closure.score).toBe(35);
  });

  it('takes an announced transfer for the announced close of a chat handed over, and only then', () => {
    const handing = compileYaml(
      MINI_SCENARIO.replace('      - when: asked-again\n', '      - when: transfer\n        say: Va bene, attendo il collega.\n        outcome: escalated\n      - when: asked-again\n'),
    );
    const transfer = [
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: "La ringrazio, ora la trasferisco a un collega dell'ufficio pagamenti. Buona giornata!" },
    ];
    const handedOver = report(transfer, handing);
    expect(handedOver.outcome).toBe('escalated');
    expect(rules(handedOver)).not.toContain('closure.announce');
    expect(rules(handedOver)).toContain('closure.anything-else');
    // The same words in a chat that ends resolved close nothing: the close is still to be announced.
    const notHandedOver = report([transfer[0]!, { delay: 3, text: 'Può pagare con bonifico o bollettino.' }, transfer[1]!], handing);
    expect(notHandedOver.outcome).toBe('resolved');
    expect(rules(notHandedOver)).toContain('closure.announce');
  });

  it('costs asking for anything else and saying goodbye in the same breath, not a conditional close', () => {
    const atOnce = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 3, text: "La ringrazio per averci contattato. C'è altro in cui posso aiutarLa? Buona giornata, arrivederci!" },
    ]);
    expect(rules(atOnce)).toContain('closure.no-wait');
    const conditional = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 3, text: 'La ringrazio per averci contattato. Se non ha altre domande chiudo la chat: buona giornata, arrivederci!' },
    ]);
    expect(rules(conditional)).not.toContain('closure.no-wait');
    expect(rules(conditional)).not.toContain('closure.anything-else');
  });

  it('costs a goodbye said while the customer still had something to ask', () => {
    const early = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare online. Arrivederci.' },
      { delay: 3, text: 'Può pagare anche con bonifico o bollettino.' },
      { delay: 3, text: 'La ringrazio, arrivederci.' },
    ]);
    expect(early.transcript[3]).toMatchObject({ from: 'customer', text: 'Ci sono alternative alla carta?' });
    expect(early.findings.find((f) => f.rule === 'closure.early-goodbye')).toMatchObject({ message: 2, points: 15 });
    const atTheEnd = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare online, con bonifico o bollettino.' },
      { delay: 3, text: 'La ringrazio, arrivederci.' },
    ]);
    expect(rules(atTheEnd)).not.toContain('closure.early-goodbye');
  });

  it("costs the customer's last question left hanging", () => {
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
    ]);
    const hanging = r.findings.find((f) => f.rule === 'closure.last-question')!;
    expect(r.transcript[hanging.message!]!.text).toBe('Dobbiamo fare altro?');
  });

  it('does not count a nudge that crossed the closing message as a question left hanging', () => {
    // The customer began her nudge as the agent sent the goodbye: the goodbye answers the silence.
    const r = report([
      { delay: 3, text: GOOD_WELCOME },
      { delay: 3, text: 'Può pagare con bonifico o bollettino.' },
      { delay: 20, text: 'La ringrazio, arrivederci.' },
    ]);
    expect(r.transcript.slice(-3).map((message) => message.text)).toEqual(['La ringrazio, arrivederci.', 'Dobbiamo fare altro?', 'Arrivederci!']);
    expect(rules(r)).not.toContain('closure.last-question');
  });
});

describe('report', () => {
  it('weights the dimensions into the total and traces every lost point to a finding', () => {
    const r = report([
      { delay: 12, text: 'eccomi' },
      { delay: 20, text: 'cmq paghi con la carta' },
      { delay: 3, text: 'ok bonifico' },
    ]);
    for (const dimension of DIMENSIONS) {
      const lost = r.findings.filter((f) => f.dimension === dimension).reduce((sum, f) => sum + f.points, 0);
      expect(r.dimensions[dimension].score).toBe(Math.max(0, Math.round(100 - lost)));
      expect(r.dimensions[dimension].weight).toBe(DEFAULT_WEIGHTS[dimension]);
    }
    const weightSum = DIMENSIONS.reduce((sum, dimension) => sum + DEFAULT_WEIGHTS[dimension], 0);
    const weighted = DIMENSIONS.reduce((sum, dimension) => sum + DEFAULT_WEIGHTS[dimension] * r.dimensions[dimension].score, 0) / weightSum;
    const weakest = Math.min(...DIMENSIONS.map((dimension) => r.dimensions[dimension].score));
    // The weighted mean blended with the weakest dimension, unless a grave failure caps it lower.
    expect(r.totalFrom).toMatchObject({ weightedMean: Math.round(weighted * 10) / 10, weakestShare: WEAKEST_SHARE });
    expect(r.dimensions[r.totalFrom.weakest].score).toBe(weakest);
    const blended = Math.round((1 - WEAKEST_SHARE) * weighted + WEAKEST_SHARE * weakest);
    const caps = r.findings.flatMap((f) => (f.cap === undefined ? [] : [f.cap]));
    expect(r.total).toBe(Math.min(blended, ...caps));
    if (r.totalFrom.cappedBy !== null) expect(r.findings[r.totalFrom.cappedBy]!.cap).toBe(r.total);
    else expect(r.total).toBe(blended);
  });

  it('groups messages and findings by the three phases', () => {
    const r = report([
      { delay: 3, text: 'eccomi' },
      { delay: 3, text: 'Può pagare con bonifico.' },
      { delay: 3, text: 'Grazie, arrivederci.' },
    ]);
    expect(r.phases.opening.messages[0]).toBe(0);
    expect(r.transcript[0]!.phase).toBe('opening');
    expect(r.transcript.at(-2)!.phase).toBe('closing');
    const openingRules = r.phases.opening.findings.map((index) => r.findings[index]!.rule);
    expect(openingRules).toContain('greeting.bare-presence');
    const all = [...r.phases.opening.findings, ...r.phases.handling.findings, ...r.phases.closing.findings].sort((a, b) => a - b);
    expect(all).toEqual(r.findings.map((_, index) => index));
  });
});
