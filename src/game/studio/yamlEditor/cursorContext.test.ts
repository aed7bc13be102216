import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { cursorContext, MAX_COMPLETION_TEXT } from './cursorContext.ts';

/** The text with `|` where the cursor stands, and that cursor's offset in the text without it. */
const at = (marked: string) => cursorContext(marked.replace('|', ''), marked.indexOf('|'));

describe('cursorContext', () => {
  it('reads a word alone under a mapping as a key of that mapping', () => {
    const context = at('customer:\n  name: Laura\n  ava|\nstates:\n  a: {}\n');
    expect(context).toMatchObject({ path: ['customer'], position: 'key', typed: 'ava', presentKeys: ['name'] });
  });

  it('keeps a word above a sibling key apart from it', () => {
    const context = at('states:\n  waiting:\n    phase: opening\n    o|\n    silence: []\n');
    expect(context).toMatchObject({ path: ['states', 'waiting'], position: 'key', typed: 'o', presentKeys: ['phase', 'silence'] });
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

describe('cursorContext on the bundled scenarios', () => {
  const folder = new URL('../../../../scenarios/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

  it.each(files)('places every key of %s in the mapping that holds it, whole or cut short', (file) => {
    const text = readFileSync(new URL(file, folder), 'utf8');
    const document = parseDocument(text);
    const keyStarts = new Set<number>();
    visit(document, { Pair: (_, pair) => void (isScalar(pair.key) && keyStarts.add(pair.key.range![0])) });
    const keyLine = /^([ \t]*(?:- )*)([A-Za-z][\w-]*):/gm;
    let checked = 0;
    for (const match of text.matchAll(keyLine)) {
      const keyStart = match.index + match[1]!.length;
      // A line of a folded text that happens to read "word:" is no key.
      if (!keyStarts.has(keyStart)) continue;
      const whole = cursorContext(text, keyStart + 1);
      expect(whole, `${file}: ${match[0]}`).toMatchObject({ position: 'key', followedByColon: true });
      const holder = document.getIn(whole!.path, true);
      const holds = isMap(holder) && holder.items.some((pair) => isScalar(pair.key) && pair.key.range?.[0] === keyStart);
      expect(holds, `${file}: ${match[0]} at ${whole!.path.join('.')}`).toBe(true);

      // The same line as it is being typed: the key's first letter and nothing after it.
      const lineEnd = text.indexOf('\n', keyStart);
      const typing = text.slice(0, keyStart + 1) + text.slice(lineEnd === -1 ? text.length : lineEnd);
      expect(cursorContext(typing, keyStart + 1)?.path, `${file}: typing ${match[0]}`).toEqual(whole!.path);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
