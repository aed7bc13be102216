import { DIMENSIONS } from '../engine/index.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/galateo.js', import.meta.url).pathname;
const cwd = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'galateo-cli-'));
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const galateo = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('galateo CLI', () => {
  it('validates the bundled scenarios', () => {
    const result = galateo(['validate']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/scenarios? valid/);
  });

  it('reports every problem of a broken scenario with file:line:column and exits 1, without a stack trace', () => {
    const broken = file('broken.yaml', 'id: Rotto\nlocale: fr\ntitle: x\nchannel: live-chat\ndifficulty: 9\n');
    const result = galateo(['validate', broken]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`${broken}:1:5: a name in lower case, letters and digits joined by - or _ (e.g. "payment-options") (at id)`);
    expect(lines.some((line) => line.startsWith(`${broken}:2:9: expected one of "it", "en"`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${broken}:5:13: expected a value of at most 5`))).toBe(true);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('scores replies and prints exactly one JSON object with --json', () => {
    const replies = file('replies.json', JSON.stringify({ replies: [{ delay: 3, text: 'Buongiorno, sono Giulia di Assicurazioni Aurora. Come posso aiutarLa?' }] }));
    const result = galateo(['score', 'scenarios/rc-auto-renewal.yaml', replies, '--json', '--seed', '5']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(report).toMatchObject({ scenario: 'rc-auto-renewal', seed: 5 });
    expect(Object.keys(report.dimensions)).toEqual([...DIMENSIONS]);
  });

  it('prints the chat the replies make, without the score, and lets silence run with --after', () => {
    const replies = file('transcript.json', JSON.stringify({ replies: [{ delay: 3, text: 'Buongiorno, sono Giulia di Assicurazioni Aurora. Come posso aiutarLa?' }] }));
    const open = galateo(['transcript', 'scenarios/rc-auto-renewal.yaml', replies, '--after', '15']);
    expect(open.code).toBe(0);
    const lines = open.stdout.trim().split('\n');
    expect(lines[0]).toBe('[0:03] Tu: Buongiorno, sono Giulia di Assicurazioni Aurora. Come posso aiutarLa?');
    expect(lines[1]).toMatch(/^\[0:\d\d\] Paolo Rossi: /);
    expect(lines.at(-1)).toMatch(/^\(La chat è aperta: tocca a te, 0:\d\d\)$/);
    expect(open.stdout).not.toMatch(/Punteggio|greeting/);
    const ended = galateo(['transcript', 'scenarios/rc-auto-renewal.yaml', replies]);
    expect(ended.stdout.trim().split('\n').at(-1)).toBe('(La chat è terminata: abandoned)');
    expect(galateo(['transcript', 'scenarios/rc-auto-renewal.yaml', replies, '--after', '-2'])).toMatchObject({ code: 2 });
  });

  it('reads YAML replies and prints a readable report', () => {
    const replies = file('replies.yaml', 'replies:\n  - delay: 2\n    text: eccomi\n');
    const result = galateo(['score', 'scenarios/rc-auto-renewal.yaml', replies]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Punteggio: \d+\/100/);
    expect(result.stdout).toContain('greeting.bare-presence');
  });

  it('refuses a negative or non-numeric delay, saying where', () => {
    const negative = file('negative.json', '{"replies": [{"delay": -1, "text": "Buongiorno"}]}');
    const text = file('text-delay.json', '{"replies": [\n  {"delay": "tre", "text": "Buongiorno"}\n]}');
    const shape = file('shape.json', '[{"delay": 1, "text": "Buongiorno"}]');
    const a = galateo(['score', 'scenarios/rc-auto-renewal.yaml', negative]);
    const b = galateo(['score', 'scenarios/rc-auto-renewal.yaml', text]);
    const c = galateo(['score', 'scenarios/rc-auto-renewal.yaml', shape]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain(`${negative}:1:24: expected a value of at least 0 (at replies.0.delay)`);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`${text}:2:13: expected a number, found the text "tre" (at replies.0.delay)`);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/expected a mapping of keys to values, found a list.*\{"replies"/);
  });

  it('says clearly when a file is missing or the command unknown', () => {
    expect(galateo(['score', 'scenarios/nope.yaml', 'x.json']).stderr.trim()).toBe('scenarios/nope.yaml: no such file');
    const unknown = galateo(['dance']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown command "dance"/);
  });

  it("prints its version, each command's own help, and exits 2 on a command line it cannot run", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(galateo(['--version'])).toMatchObject({ code: 0, stdout: `galateo ${version}\n` });
    const help = galateo(['score', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: galateo score <scenario.yaml> <replies.json\|.yaml>/);
    expect(help.stdout).toContain('--json');
    expect(help.stdout).not.toContain('galateo validate');
    expect(galateo(['help', 'analyze']).stdout).toMatch(/^usage: galateo analyze/);
    const missing = galateo(['score', 'scenarios/rc-auto-renewal.yaml']);
    expect(missing).toMatchObject({ code: 2, stderr: 'usage: galateo score <scenario.yaml> <replies.json|.yaml> [--json] [--seed N]\n' });
    expect(galateo(['validate', '--colour']).code).toBe(2);
  });

  it("runs the scenarios' test conversations", () => {
    const result = galateo(['test', 'scenarios/rc-auto-renewal.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('analyses one JSON object per input line', () => {
    const result = galateo(['analyze', '--locale', 'it', '-'], 'Buongiorno, come posso aiutarLa?\n\ncmq dimmi pure\n');
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ text: 'Buongiorno, come posso aiutarLa?', register: 'formal' });
    expect(lines[1].register).toBe('informal');
    expect(lines[1].findings.map((finding: { rule: string }) => finding.rule)).toContain('shorthand');
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['text', 'register', 'cues', 'findings']));
  });
});
