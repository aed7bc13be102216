import { describe, expect, it } from 'vitest';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';

describe('scenarioVocabulary', () => {
  it('holds the words the author wrote to name things, lower-cased: company, agent, customer, intents, facts', () => {
    const { vocabulary } = compileYaml(MINI_SCENARIO);
    for (const word of ['aurora', 'assicurazioni', 'giulia', 'paolo', 'rossi', 'bonifico', 'bollettino', 'targa']) expect(vocabulary.has(word), word).toBe(true);
  });

  it("leaves out the customer's own lines, which a persona may write carelessly on purpose", () => {
    const { vocabulary } = compileYaml(MINI_SCENARIO);
    expect(vocabulary.has('qualcuno')).toBe(false);
    expect(vocabulary.has('arrivederci')).toBe(false);
  });
});
