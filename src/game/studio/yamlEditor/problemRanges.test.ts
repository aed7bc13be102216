import { describe, expect, it } from 'vitest';
import { problemRanges } from './problemRanges.ts';

const TEXT = 'id: mini\nchannel: fax-machine\nstates:\n  a: { goto: b }\n';
const problem = (line: number, column: number, message = 'm') => ({ file: 'mini.yaml', line, column, message });

describe('problemRanges', () => {
  it('marks the word a problem points at, with its message', () => {
    const [range] = problemRanges(TEXT, [problem(2, 10, 'invalid channel "fax-machine"')]);
    expect(TEXT.slice(range!.from, range!.to)).toBe('fax-machine');
    expect(range!.message).toBe('invalid channel "fax-machine"');
  });

  it('stops at YAML punctuation inside a flow mapping', () => {
    const [range] = problemRanges(TEXT, [problem(4, 14)]);
    expect(TEXT.slice(range!.from, range!.to)).toBe('b');
  });

  it('marks the first line for a problem of the whole file', () => {
    const [range] = problemRanges(TEXT, [problem(0, 0, 'file too large')]);
    expect(TEXT.slice(range!.from, range!.to)).toBe('id: mini');
  });

  it('keeps a problem inside a text that has since grown shorter', () => {
    const [pastLine, pastColumn] = problemRanges('id: mini', [problem(9, 5), problem(1, 40)]);
    expect(pastLine).toMatchObject({ from: 4, to: 8 });
    expect(pastColumn).toMatchObject({ from: 8, to: 8 });
    expect(problemRanges('', [problem(3, 3)])).toEqual([{ from: 0, to: 0, message: 'm' }]);
  });
});
