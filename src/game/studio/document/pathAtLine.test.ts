import { describe, expect, it } from 'vitest';
import { pathAtLine } from './pathAtLine.ts';

const TEXT = `id: sample
intents:
  payment:
    keywords: [pagare, pagamento]
states:
  waiting:
    # a comment inside the state
    on:
      - when: greeting
        goto: done
      - when: any
        say:
          - Buongiorno
          - Ci sono?
  done:
    outcome: resolved
`;

describe('the document path at a line and column', () => {
  it('finds the value written there, through mappings and lists', () => {
    expect(pathAtLine(TEXT, 1, 5)).toEqual(['id']);
    expect(pathAtLine(TEXT, 4, 17)).toEqual(['intents', 'payment', 'keywords', 0]);
    expect(pathAtLine(TEXT, 10, 15)).toEqual(['states', 'waiting', 'on', 0, 'goto']);
    expect(pathAtLine(TEXT, 14, 13)).toEqual(['states', 'waiting', 'on', 1, 'say', 1]);
  });

  it('takes a place on a key as its value', () => {
    expect(pathAtLine(TEXT, 16, 5)).toEqual(['states', 'done', 'outcome']);
    expect(pathAtLine(TEXT, 6, 3)).toEqual(['states', 'waiting']);
  });

  it('falls back to the enclosing value between values, and to the root outside the document', () => {
    expect(pathAtLine(TEXT, 7, 5)).toEqual(['states', 'waiting']);
    expect(pathAtLine(TEXT, 0, 0)).toEqual([]);
    expect(pathAtLine(TEXT, 99, 1)).toEqual([]);
  });

  it('still finds what it can in a text with a syntax error', () => {
    const broken = 'id: sample\ntitle: [unclosed\nstates:\n  a: {}\n';
    expect(pathAtLine(broken, 1, 5)).toEqual(['id']);
  });
});
