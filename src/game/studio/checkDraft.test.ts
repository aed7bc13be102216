import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../engine/index.ts';
import { checkDraft, draftNameFor, fileNameFor, readDraft } from './checkDraft.ts';

const template = readFileSync(new URL('templates/template.it.yaml', import.meta.url), 'utf8');

describe('checking a draft', () => {
  it('compiles a valid scenario', () => {
    const check = checkDraft(template, 'nuovo-scenario.yaml');
    expect(check.problems).toEqual([]);
    expect(check.compiled?.scenario.id).toBe('nuovo-scenario');
  });

  it('gives exactly the problems galateo validate gives, by line and column', () => {
    const broken = template.replace('goto: closing', 'goto: closin');
    const check = checkDraft(broken, 'x.yaml');
    expect(check.problems).toEqual((loadScenario(broken, 'x.yaml') as { problems: unknown }).problems);
    expect(check.problems.map(formatProblem).join('\n')).toMatch(/^x\.yaml:\d+:\d+: .*closin/m);
    expect(check.compiled).toBeUndefined();
  });

  it('reads the value of a text that parses, and refuses a broken syntax', () => {
    expect(readDraft('id: a\n')).toEqual({ raw: { id: 'a' }, syntaxOk: true });
    expect(readDraft('id: [a\n').syntaxOk).toBe(false);
    expect(readDraft('id: a\ntitle: [b\n').raw).toMatchObject({ id: 'a' });
  });

  it('keeps the forms away from hostile texts without throwing', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, level) =>
          `${String.fromCharCode(98 + level)}: &${String.fromCharCode(98 + level)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + level)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    expect(readDraft(bomb).syntaxOk).toBe(false);
    expect(readDraft('['.repeat(100_000)).syntaxOk).toBe(false);
    expect(readDraft('x'.repeat(2_000_001)).syntaxOk).toBe(false);
  });

  it('names the file after a usable id and the draft after its title', () => {
    expect(fileNameFor({ id: 'rinnovo' })).toBe('rinnovo.yaml');
    expect(fileNameFor({ id: '../etc/passwd' })).toBe('scenario.yaml');
    expect(fileNameFor('text')).toBe('scenario.yaml');
    expect(draftNameFor({ title: ' Rinnovo ', id: 'r' }, 'r.yaml')).toBe('Rinnovo');
    expect(draftNameFor({ id: 'r' }, 'r.yaml')).toBe('r');
    expect(draftNameFor(undefined, 'scenario.yaml')).toBe('scenario.yaml');
  });
});
