import { describe, expect, it } from 'vitest';
import { cursorContext, MAX_COMPLETION_TEXT } from './cursorContext.ts';

/** The text with `|` where the cursor stands, and that cursor's offset in the text without it. */
const at = (marked: string) => cursorContext(marked.replace('|', ''), marked.indexOf('|'));

describe('cursorContext', () => {
  it('reads a word alone under a mapping as a key of that mapping', () => {
    const context = at('customer:\n  name: Laura\n  ava|\nstates:\n  a: {}\n');
    expect(context).toMatchObject({ path: ['customer'], position: 'key', typed: 'ava', presentKeys: ['name'] });
  });

  it('finds a key in a mapping nested in a list item', () => {
    const context = at('states:\n  waiting:\n    on:\n      - when: greeting\n        go|\n');
    expect(context).toMatchObject({ path: ['states', 'waiting', 'on', 0], position: 'key', presentKeys: ['when'] });
  });

  it('reads the word after a key and a colon as that key’s value', () => {
    const context = at('states:\n  waiting:\n    on:\n      - when: greeting\n        goto: ven|\n');
    expect(context).toMatchObject({ path: ['states', 'waiting', 'on', 0, 'goto'], position: 'value', typed: 'ven', mayStartMapping: false });
  });

  it('finds an item of a flow list, inside a flow mapping', () => {
    expect(at('anytime:\n  - when: [greeting, emp|]\n')).toMatchObject({ path: ['anytime', 0, 'when', 1], position: 'value', mayStartMapping: false });
    expect(at('anytime:\n  - when: x\n    if: { facts: [|] }\n')).toMatchObject({ path: ['anytime', 0, 'if', 'facts', 0], position: 'value', typed: '' });
  });

  it('takes a word in a flow mapping, without a colon, for a key', () => {
    expect(at('console:\n  record:\n    - { label: Cliente, fa| }\n')).toMatchObject({ path: ['console', 'record', 0], position: 'key', presentKeys: ['label'] });
  });

  it('lets an item of a block list, or a value on its own line, start a mapping', () => {
    expect(at('tests:\n  - name: a\n    expect:\n      findings:\n        - gre|\n')).toMatchObject({ path: ['tests', 0, 'expect', 'findings', 0], position: 'value', mayStartMapping: true });
    expect(at('states:\n  waiting:\n    |\n')).toMatchObject({ path: ['states', 'waiting'], position: 'value', mayStartMapping: true });
  });

  it('spans the whole word under the cursor and notices a colon after it', () => {
    const text = 'customer:\n  name: Laura\nchan|nel: live-chat\n';
    const context = at(text);
    expect(context).toMatchObject({ path: [], position: 'key', typed: 'chan', followedByColon: true });
    expect(text.replace('|', '').slice(context!.from, context!.to)).toBe('channel');
  });

  it('does not take the marker’s text for the author’s, even when the file holds it', () => {
    const context = at('title: galateocursor\nchannel: |\n');
    expect(context).toMatchObject({ path: ['channel'], position: 'value' });
    expect(context!.marker).not.toBe('galateocursor');
  });

  it('offers nothing inside free text, nor for a text too long to parse at each keystroke', () => {
    expect(at('brief: Sei Marta, assistente clie|nti\n')).toBeUndefined();
    expect(cursorContext(`title: x\n${'# comment\n'.repeat(MAX_COMPLETION_TEXT / 10)}`, 5)).toBeUndefined();
  });
});
