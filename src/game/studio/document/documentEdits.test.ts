import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addEntry, appendItem, moveItem, removeValue, renameEntry, setOrRemove, setTextList, setValue } from './documentEdits.ts';

const SCENARIO = `# The scenario's own comment
id: sample # the id
title: "Una prova"
intents:
  payment:
    # words the agent may use
    keywords: [pagare, pagamento]
states:
  waiting:
    say: Buongiorno
    on:
      - when: greeting # first
        goto: done
      - when: any
        goto: done
  done:
    outcome: resolved
`;

describe('structured edits of the YAML text', () => {
  it('keeps every comment when a value changes, and the quoting of the value it changes', () => {
    const edited = setValue(SCENARIO, ['title'], 'Un’altra prova');
    expect(edited).toContain("# The scenario's own comment");
    expect(edited).toContain('id: sample # the id');
    expect(edited).toContain('# words the agent may use');
    expect(edited).toContain('- when: greeting # first');
    expect(edited).toContain('title: "Un’altra prova"');
    expect(parse(edited).title).toBe('Un’altra prova');
  });

  it('adds a state, an intent and a transition', () => {
    let edited = addEntry(SCENARIO, ['states'], 'closing', { say: 'Grazie', on: [] });
    edited = addEntry(edited, ['intents'], 'refund', { keywords: ['rimborso'] });
    edited = appendItem(edited, ['states', 'waiting', 'on'], { when: 'apology', goto: 'closing' });
    const value = parse(edited);
    expect(Object.keys(value.states)).toEqual(['waiting', 'done', 'closing']);
    expect(value.intents.refund).toEqual({ keywords: ['rimborso'] });
    expect(value.states.waiting.on.at(-1)).toEqual({ when: 'apology', goto: 'closing' });
    expect(edited).toContain('# words the agent may use');
  });

  it('leaves an existing key alone instead of overwriting it', () => {
    expect(parse(addEntry(SCENARIO, ['states'], 'done', { say: 'x' })).states.done).toEqual({ outcome: 'resolved' });
  });

  it('removes a list item and keeps the others with their comments', () => {
    const edited = removeValue(SCENARIO, ['states', 'waiting', 'on', 1]);
    expect(parse(edited).states.waiting.on).toEqual([{ when: 'greeting', goto: 'done' }]);
    expect(edited).toContain('- when: greeting # first');
  });

  it('moves a list item with its comment', () => {
    const edited = moveItem(SCENARIO, ['states', 'waiting', 'on'], 0, 1);
    expect(parse(edited).states.waiting.on.map((step: { when: string }) => step.when)).toEqual(['any', 'greeting']);
    expect(edited).toContain('- when: greeting # first');
    expect(moveItem(SCENARIO, ['states', 'waiting', 'on'], 0, 5)).toBe(SCENARIO);
  });

  it('edits a list of texts item by item, in its flow style, and removes an emptied one', () => {
    const edited = setTextList(SCENARIO, ['intents', 'payment', 'keywords'], ['pagare', 'bonifico', 'carta']);
    expect(edited).toContain('keywords: [pagare, bonifico, carta]');
    expect(parse(setTextList(edited, ['intents', 'payment', 'keywords'], [])).intents.payment).toEqual({});
  });

  it('removes an optional value the trainer emptied, and sets it again', () => {
    const removed = setOrRemove(SCENARIO, ['states', 'waiting', 'say'], '');
    expect(parse(removed).states.waiting.say).toBeUndefined();
    expect(parse(setOrRemove(removed, ['states', 'waiting', 'phase'], 'opening')).states.waiting.phase).toBe('opening');
  });

  it('renames a key in place, and refuses a name already taken', () => {
    const edited = renameEntry(SCENARIO, ['states'], 'done', 'finished');
    expect(Object.keys(parse(edited).states)).toEqual(['waiting', 'finished']);
    expect(Object.keys(parse(renameEntry(SCENARIO, ['states'], 'done', 'waiting')).states)).toEqual(['waiting', 'done']);
  });

  it('changes nothing in a text that does not parse', () => {
    const broken = 'id: [unclosed\n';
    expect(setValue(broken, ['id'], 'x')).toBe(broken);
  });
});
