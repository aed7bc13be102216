import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.ts';
import { MAX_YAML_CHARS } from './yamlBounds.ts';
import { parseYamlSource } from './yamlSource.ts';

const problems = (text: string, language: 'en' | 'it' = 'en') => parseYamlSource(text, 'hostile.yaml', { language }).problems.map(formatProblem);

/** Nine anchors, each a list of nine references to the one before: 9^9 values once expanded. */
const billionLaughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join(
  '\n',
);

describe('parseYamlSource refuses hostile YAML in bounded time and memory', () => {
  it('refuses an alias bomb (billion laughs), pointing at the first reference', () => {
    expect(problems(billionLaughs)).toEqual([expect.stringMatching(/^hostile\.yaml:2:\d+: too many references \(\*name\) to anchors/)]);
    expect(problems(billionLaughs, 'it')[0]).toMatch(/troppi riferimenti/);
  });

  it('refuses 10,000 nested lists before parsing them', () => {
    expect(problems(`x: ${'['.repeat(10000)}${']'.repeat(10000)}`)).toEqual([expect.stringMatching(/^hostile\.yaml:1:\d+: nested too deeply: more than 64 levels/)]);
  });

  it('refuses block nesting as deep, by indentation or by dashes on one line', () => {
    const indented = Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
    expect(problems(indented)[0]).toMatch(/nested too deeply/);
    expect(problems(`${'- '.repeat(5000)}x`)[0]).toMatch(/^hostile\.yaml:1:\d+: nested too deeply/);
  });

  it('refuses a 5 MB text without parsing it', () => {
    const huge = `say: "${'a'.repeat(5 * 1024 * 1024)}"`;
    expect(problems(huge)).toEqual([`hostile.yaml: the file is too large: ${huge.length} characters, at most ${MAX_YAML_CHARS} (a scenario is a few dozen KB)`]);
  });

  it('keeps nesting a scenario uses, brackets inside quotes and comments included', () => {
    expect(problems('a:\n  b:\n    - c: [1, [2, {d: "[[[["}]]  # ]]]]\n')).toEqual([]);
  });
});

describe('parseYamlSource advises on YAML traps in the trainer\u2019s language', () => {
  it('reads "Perfetto: grazie" as a text that needs double quotes', () => {
    expect(problems('say: Perfetto: grazie\n')).toEqual([
      'hostile.yaml:1:6: a colon followed by a space inside a text makes YAML read a key and a value: put the sentence in double quotes: "Perfetto: grazie"',
    ]);
    expect(problems('say: Perfetto: grazie\n', 'it')[0]).toMatch(/metti la frase tra virgolette doppie: "Perfetto: grazie"$/);
  });

  it('finds a text cut by "#", not a comment written as one', () => {
    const source = parseYamlSource('say: La pratica #ST-58214 è aperta\nbrief: Una prova # seed 002\n', 'f.yaml');
    expect(source.traps).toEqual([{ path: ['say'], offset: 16, message: expect.stringContaining('the text stops at "La pratica"') }]);
    expect(source.traps[0]!.message).toContain('put the sentence in double quotes: "La pratica #ST-58214 è aperta"');
  });

  it('finds a decimal comma that split a list item, not a tight list', () => {
    const source = parseYamlSource('keywords: [costa 9,99 euro, bonifico,paypal]\n', 'f.yaml');
    expect(source.traps.map((trap) => trap.path)).toEqual([
      ['keywords', 0],
      ['keywords', 1],
    ]);
    expect(source.traps[0]!.message).toBe('"costa 9,99 euro" became 2 separate items, because a comma separates the items of a [list]: put it in double quotes: ["costa 9,99 euro"]');
  });
});
