import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../compileScenario.ts';
import { loadScenario } from '../scenario/loadScenario.ts';
import { replayReplies } from '../session/replay.ts';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { explainReply } from './explainReply.ts';

const OWN_INTENTS = `intents:
  refund-promise:
    keywords: [rimborso]
  window:
    entities: [time-window]
  confirm-renewal:
    examples: [La polizza è stata rinnovata oggi]
`;
const compiled = compileYaml(MINI_SCENARIO.replace('intents:\n', OWN_INTENTS));

const cuesOf = (text: string, intent: string) => explainReply(compiled, text).intents.find((match) => match.intent === intent)?.cues ?? [];
const spanText = (text: string, cue: { start: number; end: number }) => text.slice(cue.start, cue.end);

describe('explainReply', () => {
  it('gives a keyword cue with the span of the reply word that met it, inflected', () => {
    const text = 'Le confermo il rimborso entro venerdì.';
    const [cue] = cuesOf(text, 'refund-promise');
    expect(cue).toMatchObject({ kind: 'keyword', text: 'rimborso' });
    expect(spanText(text, cue!)).toBe('rimborso');
    // 'pagare' meets the keywords 'pagare' and 'pagamento' (one family), 'bonifico' its own.
    expect(cuesOf('Può pagare con un bonifico', 'payment')).toEqual([
      { kind: 'keyword', text: 'pagamento', start: 4, end: 10 },
      { kind: 'keyword', text: 'pagare', start: 4, end: 10 },
      { kind: 'keyword', text: 'bonifico', start: 18, end: 26 },
    ]);
  });

  it('gives an example cue spanning the words it shares with the reply', () => {
    const text = 'Ecco: la Sua polizza risulta rinnovata.';
    const [cue] = cuesOf(text, 'confirm-renewal');
    expect(cue).toMatchObject({ kind: 'example', text: 'La polizza è stata rinnovata oggi' });
    expect(spanText(text, cue!)).toBe('polizza risulta rinnovata');
  });

  it('gives an entity cue for an intent stated by an entity, and lists the entities', () => {
    const text = 'Il tecnico passa tra le 9 e le 13.';
    const explanation = explainReply(compiled, text);
    expect(explanation.entities.map((entity) => entity.type)).toContain('time-window');
    const [cue] = cuesOf(text, 'window');
    expect(cue).toMatchObject({ kind: 'entity', text: 'time-window' });
    expect(spanText(text, cue!)).toBe('tra le 9 e le 13');
  });

  it("gives the language data's cue phrase for a built-in intent", () => {
    const text = 'Buongiorno, sono Giulia.';
    const explanation = explainReply(compiled, text);
    const greeting = explanation.intents.find((match) => match.intent === 'greeting');
    expect(greeting).toMatchObject({ source: 'built-in', cues: [{ kind: 'pattern', start: 0, end: 10 }] });
    expect(explanation.intents.find((match) => match.intent === 'introduction')?.cues.map((cue) => spanText(text, cue))).toEqual(['sono Giulia']);
  });

  it('says which cue a negation cancelled', () => {
    const text = 'Purtroppo non posso darLe nessun rimborso.';
    const explanation = explainReply(compiled, text);
    expect(explanation.intents.map((match) => match.intent)).not.toContain('refund-promise');
    expect(explanation.negated).toContainEqual({ intent: 'refund-promise', cue: expect.objectContaining({ kind: 'keyword', text: 'rimborso' }) });
  });

  it('reads a code the customer wrote, quoted back, as no news, and a new one as a reference number', () => {
    const text = 'Sì, eccola: RS-30418.';
    expect(explainReply(compiled, text).intents.find((match) => match.intent === 'reference-number')?.cues).toEqual([{ kind: 'entity', text: 'reference', start: 12, end: 20 }]);
    const quoted = explainReply(compiled, text, { earlier: [{ from: 'customer', text: 'Ho la pratica RS-30418' }] });
    expect(quoted.intents.map((match) => match.intent)).not.toContain('reference-number');
  });

  it("reads a bare yes as saying what the customer's yes/no question asked, with the question as its cue", () => {
    const earlier = [{ from: 'customer' as const, text: 'Quindi avrò un rimborso?' }];
    const yes = explainReply(compiled, 'Sì, esatto.', { earlier });
    expect(yes.intents.find((match) => match.intent === 'refund-promise')?.cues).toEqual([{ kind: 'pattern', text: 'Quindi avrò un rimborso?', start: 0, end: 2 }]);
    expect(explainReply(compiled, 'Sì, esatto.').intents.map((match) => match.intent)).not.toContain('refund-promise');
  });

  it('lists signals with their cues: the question, the register, a copied reply', () => {
    const text = 'Mi può indicare la Sua targa?';
    const explanation = explainReply(compiled, text, { earlier: [{ from: 'agent', text: 'Mi può indicare la Sua targa? Grazie.' }] });
    const intents = explanation.intents.map((match) => match.intent);
    expect(intents).toEqual(expect.arrayContaining(['question', 'formal', 'repeated']));
    expect(explanation.intents.find((match) => match.intent === 'formal')?.cues.map((cue) => spanText(text, cue))).toContain('Sua');
  });

  it('survives hostile text', () => {
    for (const text of ['', '<script>alert(1)</script>', '\u0000\u0007', 'a'.repeat(20000), '😀'.repeat(3000)]) {
      const explanation = explainReply(compiled, text);
      expect(explanation.text.length).toBeLessThanOrEqual(2000);
      for (const match of explanation.intents) for (const cue of match.cues) expect(cue.end).toBeLessThanOrEqual(explanation.text.length);
    }
  });
});

describe('explainReply on the bundled scenarios', () => {
  const folder = new URL('../../../scenarios/', import.meta.url);
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
    it(`lists exactly the intents the session recognised, for every reply of ${file}'s tests`, () => {
      const loaded = loadScenario(readFileSync(new URL(file, folder), 'utf8'), file);
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const scenario = compileScenario(loaded.scenario);
      let replies = 0;
      for (const test of loaded.scenario.tests) {
        const session = replayReplies(scenario, test.replies, test.seed);
        for (const reply of session.replies) {
          const explanation = explainReply(scenario, session.messages[reply.index]!.text, { earlier: session.messages.slice(0, reply.index), askedAgain: reply.askedAgain });
          const recognised = [...reply.analysis.intents, ...reply.chatIntents, ...reply.scenarioIntents, ...reply.signals.filter((signal) => signal !== 'any')];
          expect(explanation.intents.map((match) => match.intent).sort(), `${test.name} #${reply.index}`).toEqual([...recognised].sort());
          for (const match of explanation.intents) if (match.intent !== 'asked-again') expect(match.cues.length, `${match.intent} in ${test.name} #${reply.index}`).toBeGreaterThan(0);
          replies++;
        }
      }
      expect(replies).toBeGreaterThan(0);
    });
  }
});
