import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { appendItem, setValue } from './documentEdits.ts';

const scenario = readFileSync(new URL('../../../../scenarios/rc-auto-renewal.yaml', import.meta.url), 'utf8');
const changedLines = (before: string, after: string) => {
  const old = before.split('\n');
  return after.split('\n').filter((line, index) => line !== old[index]);
};

describe('edits keep the trainer’s own writing where they did not reach', () => {
  it('changes a text in place: one line differs, the folded brief and the flow lists stay as written', () => {
    const edited = setValue(scenario, ['title'], 'Rinnovo della polizza');
    expect(changedLines(scenario, edited)).toEqual(['title: Rinnovo della polizza']);
  });

  it('changes a text inside a flow list, or one that needs quotes, in place', () => {
    const edited = setValue(scenario, ['intents', 'payment', 'keywords', 1], 'pagare: subito');
    expect(changedLines(scenario, edited)).toEqual(['    keywords: [pagamento, "pagare: subito", paga, addebito, addebitare, carta di credito, metodo di pagamento, "@alternative-payments"]']);
  });

  it('changes a folded text and keeps it folded under its key', () => {
    const edited = setValue(scenario, ['brief'], 'Sei Giulia, di Assicurazioni Aurora.');
    expect(edited).toMatch(/^brief: >-\n {2}Sei Giulia, di Assicurazioni Aurora\.\n/m);
    expect(edited.split('\n').length).toBe(scenario.split('\n').length - 6);
  });

  it('changes a folded text deep in a list in place, at its depth', () => {
    const edited = setValue(scenario, ['tests', 0, 'replies', 2, 'text'], 'Breve.');
    const start = scenario.indexOf('        text: >-\n          Ecco');
    expect(edited.slice(0, start)).toBe(scenario.slice(0, start));
    expect(edited.slice(start)).toMatch(/^ {8}text: >-\n {10}Breve\.\n {6}- delay: 6\n/);
  });

  it('keeps a text that reads as a number a text', () => {
    const edited = setValue(scenario, ['title'], '2024');
    expect(edited).toMatch(/^title: "2024"$/m);
  });

  it('rewrites only the section a structural edit changed', () => {
    const edited = appendItem(scenario, ['states', 'choose', 'on'], { when: 'apology', say: 'Prego.' });
    const firstState = scenario.indexOf('\nstates:');
    expect(edited.slice(0, firstState)).toBe(scenario.slice(0, firstState));
    expect(edited.slice(edited.indexOf('\npolicy:'))).toBe(scenario.slice(scenario.indexOf('\npolicy:')));
    expect(edited).toContain('- when: apology\n        say: Prego.');
  });
});
