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
