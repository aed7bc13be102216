import { describe, expect, it } from 'vitest';
import { chooseLines, typingMs } from './chooseLines.ts';

const texts = (lines: { text: string }[]) => lines.map((line) => line.text);

describe('chooseLines', () => {
  it('says a single line, or every line of a list in a row', () => {
    expect(texts(chooseLines('Buongiorno', 0, 1).lines)).toEqual(['Buongiorno']);
    expect(texts(chooseLines(['Buongiorno', 'Ho un problema'], 0, 1).lines)).toEqual(['Buongiorno', 'Ho un problema']);
  });

  it('cycles, stops on the last of a sequence, and says once-lines once', () => {
    const cycle = { cycle: ['a', 'b'] };
    expect([0, 1, 2].map((n) => texts(chooseLines(cycle, n, 1).lines)[0])).toEqual(['a', 'b', 'a']);
    const sequence = { sequence: ['a', 'b'] };
    expect([0, 1, 2].map((n) => texts(chooseLines(sequence, n, 1).lines)[0])).toEqual(['a', 'b', 'b']);
    const once = { once: ['a'] };
    expect(chooseLines(once, 1, 1).lines).toEqual([]);
  });

  it('shuffles by the seed, deterministically, never repeating the previous pick', () => {
    const shuffle = { shuffle: ['a', 'b', 'c'] };
    let counter = 0;
    let random = 42;
    const picks: string[] = [];
    for (let i = 0; i < 30; i++) {
      const choice = chooseLines(shuffle, counter, random);
      picks.push(choice.lines[0]!.text);
      counter = choice.counter;
      random = choice.random;
    }
    for (let i = 1; i < picks.length; i++) expect(picks[i]).not.toBe(picks[i - 1]);
    expect(new Set(picks).size).toBe(3);
    const again = chooseLines(shuffle, 0, 42);
    expect(again).toEqual(chooseLines(shuffle, 0, 42));
  });

  it('keeps who wrote an onlooker line', () => {
    expect(chooseLines({ text: 'Anche a me!', by: 'Marco B.' }, 0, 1).lines).toEqual([{ text: 'Anche a me!', by: 'Marco B.' }]);
  });
});

describe('typingMs', () => {
  it('grows with the length of the message, within bounds', () => {
    expect(typingMs('Sì')).toBeLessThan(typingMs('Buongiorno, ho un problema con la mia polizza'));
    expect(typingMs('x'.repeat(20000))).toBe(7000);
  });
});
