import { DIMENSIONS } from '../engine/index.ts';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    expect(missing).toMatchObject({ code: 2, stderr: 'usage: galateo score <scenario.yaml> <replies.json|.yaml>|--test NAME [--json] [--seed N] [--explain]\n' });
    expect(galateo(['validate', '--colour']).code).toBe(2);
  });

  it('calibrates against a graded panel: every conversation found at any depth, replayed with its seed and scored as galateo score would', () => {
    const panel = join(scratch, 'panel');
    mkdirSync(join(panel, 'rc'), { recursive: true });
    const expertReplies = (JSON.parse(readFileSync(new URL('../../calibration/panel/rc-auto-renewal/01.json', import.meta.url), 'utf8')) as { replies: unknown[] }).replies;
    const conversations = {
      'rc/01.json': { seed: 1, split: 'tune', replies: expertReplies, expert: { total: 86, outcome: 'resolved', dimensions: { greeting: 92, closure: 91 } } },
      'rc/02.yaml': { seed: 3, split: 'held-out', replies: [{ delay: 2, text: 'eccomi' }], expert: { total: 10, outcome: 'abandoned', dimensions: { greeting: 20 } } },
      'three.json': { seed: 2, replies: [{ delay: 3, text: 'Buongiorno, sono Giulia di Assicurazioni Aurora. Come posso aiutarLa?' }], expert: { total: 30, outcome: 'unresolved' } },
    };
    for (const [name, conversation] of Object.entries(conversations)) writeFileSync(join(panel, name), JSON.stringify({ scenario: 'rc-auto-renewal', ...conversation }));
    writeFileSync(join(panel, 'notes.txt'), 'not a conversation');

    const result = galateo(['calibrate', panel, '--json', '--scenarios', 'scenarios']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const { figures } = JSON.parse(result.stdout);
    expect([figures.tune.count, figures['held-out'].count, figures.all.count]).toEqual([1, 1, 3]);
    const listed = figures.all.conversations;
    expect(listed.map((conversation: any) => conversation.file)).toEqual([join(panel, 'rc/01.json'), join(panel, 'rc/02.yaml'), join(panel, 'three.json')]);
    Object.values(conversations).forEach((conversation, index) => {
      const replies = file(`calibrate-${index}.json`, JSON.stringify({ replies: conversation.replies }));
      const scored = JSON.parse(galateo(['score', 'scenarios/rc-auto-renewal.yaml', replies, '--json', '--seed', String(conversation.seed)]).stdout);
      expect(listed[index]).toMatchObject({ expertTotal: conversation.expert.total, engineTotal: scored.total, difference: scored.total - conversation.expert.total, engineOutcome: scored.outcome });
    });
    const differences = listed.map((conversation: any) => Math.abs(conversation.difference));
    expect(figures.all.meanAbsoluteError).toBeCloseTo(differences.reduce((a: number, b: number) => a + b, 0) / 3, 10);
    expect(figures.all.outcomeAgreement).toBe(listed.filter((conversation: any) => conversation.expertOutcome === conversation.engineOutcome).length / 3);
    expect(figures.all.spearman).toEqual([{ scenario: 'rc-auto-renewal', count: 3, rho: expect.any(Number) }]);
    expect(figures.all.clearPairs.count).toBe(3); // 86, 30 and 10 are all at least 15 apart

    const table = galateo(['calibrate', panel]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^outcome agreement +\S+ \(\d\/1\) +\S+ \(\d\/1\) +\S+ \(\d\/3\)$/m);
    expect(table.stdout).toMatch(/^clear pairs reversed .* \d\/3$/m);
    // Conversation by conversation, only the tune half is listed: held-out failures are not for reading.
    expect(table.stdout).toContain(`${join(panel, 'rc/01.json')}  tune`);
    expect(table.stdout).not.toContain(`${join(panel, 'rc/02.yaml')}  held-out`);
    // A panel held out whole (scenarios never tuned on) lists no conversation at all.
    rmSync(join(panel, 'rc/01.json'));
    const heldOut = galateo(['calibrate', panel]);
    expect(heldOut.stdout).toContain('Largest differences: none listed, every conversation is held out.');
    expect(heldOut.stdout).not.toContain(join(panel, 'three.json'));
  });

  it('stops a calibration on a broken conversation or an unknown scenario, saying where', () => {
    const panel = join(scratch, 'broken-panel');
    mkdirSync(panel, { recursive: true });
    writeFileSync(join(panel, 'a.json'), '{\n  "scenario": "rc-auto-renewal",\n  "seed": 1,\n  "replies": [],\n  "expert": { "total": 86, "outcome": "fine" }\n}');
    writeFileSync(join(panel, 'b.yaml'), 'scenario: no-such-scenario\nseed: 1\nreplies: []\nexpert: { total: 50, outcome: resolved }\n');
    const broken = galateo(['calibrate', panel]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe(`${join(panel, 'a.json')}:5:39: expected one of "resolved", "abandoned", "escalated", "unresolved", found the text "fine" (at expert.outcome)\n`);
    writeFileSync(join(panel, 'a.json'), '{"scenario": "rc-auto-renewal", "seed": 1, "replies": [], "expert": {"total": 86, "outcome": "resolved"}}');
    const unknown = galateo(['calibrate', panel]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(`${join(panel, 'b.yaml')}: no scenario with id "no-such-scenario" in scenarios (a scenario is the .yaml file whose id is no-such-scenario)\n`);
    expect(galateo(['calibrate'])).toMatchObject({ code: 2, stderr: 'usage: galateo calibrate <folder> [--json] [--scenarios DIR]\n' });
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
    expect(Object.keys(lines[0])).toEqual(expect.arrayContaining(['text', 'register', 'cues', 'findings', 'entities']));
  });

  it('prints the entities a reply states', () => {
    const result = galateo(['analyze', '-'], 'Il numero è TK-58213, il tecnico passa domani tra le 9 e le 13.\n');
    expect(JSON.parse(result.stdout).entities).toEqual([
      { type: 'reference', text: 'TK-58213', start: 12, end: 20, sentence: 0, value: 'TK-58213' },
      { type: 'date', text: 'domani', start: 39, end: 45, sentence: 0, value: '+1d' },
      { type: 'time-window', text: 'tra le 9 e le 13', start: 46, end: 62, sentence: 0, value: '09:00-13:00' },
    ]);
  });
  it('scaffolds a commented scenario that validates and whose tests pass, and refuses to overwrite a file', () => {
    const path = join(scratch, 'nuovo.yaml');
    expect(galateo(['new', path, '--lang', 'it']).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^# yaml-language-server/);
    expect(readFileSync(path, 'utf8')).toContain('locale: it');
    const tested = galateo(['test', path]);
    expect(tested.stdout).toMatch(/3 passed, 0 failed/);
    expect(tested.code).toBe(0);
    expect(galateo(['new', path]).stderr).toMatch(/already exists/);
    expect(galateo(['new', '--lang', 'en']).stdout).toContain('locale: en');
  });

  it("replays a scenario's own test conversation and explains each agent message with --explain", () => {
    const path = file('explained.yaml', galateo(['new', '--lang', 'it']).stdout);
    const result = galateo(['score', '--test', 'operatore frettoloso', path, '--explain']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[1] eccomi\n    bare-presence (built-in): pattern "eccomi" ← "eccomi"');
    expect(result.stdout).toContain('asked-again (built-in): keyword "targa"');
    expect(galateo(['score', '--test', 'nessuno', path]).stderr).toMatch(/no test conversation named "nessuno"/);
  });

  it("tries the scenario's own intents with analyze --scenario", () => {
    const path = file('analyzed.yaml', galateo(['new', '--lang', 'it']).stdout);
    const result = galateo(['analyze', '--scenario', path], 'Può pagare anche con un bonifico.\n');
    const line = JSON.parse(result.stdout.trim());
    expect(line.scenarioIntents).toEqual([
      {
        intent: 'metodi-pagamento',
        source: 'scenario',
        cues: [
          { kind: 'keyword', text: 'bonifico', start: 24, end: 32 },
          { kind: 'example', text: 'Può pagare con carta, bonifico o bollettino', start: 0, end: 32 },
        ],
      },
    ]);
  });

  it('gives YAML advice in the language asked, and prints warnings without failing', () => {
    const template = galateo(['new', '--lang', 'it']).stdout;
    const broken = file('trappole.yaml', template.replace('keywords: [bonifico, bollettino]', 'keywords: [bonifico, 9,99]').replace('    phase: closing', '    fase: closing'));
    const italian = galateo(['validate', broken, '--lang', 'it']);
    expect(italian.code).toBe(1);
    expect(italian.stderr).toContain('"9,99" è diventato 2 voci separate');
    expect(italian.stderr).toContain('chiave sconosciuta "fase": forse intendevi "phase"?');
    const cut = file('commento.yaml', template.replace('say: Grazie a Lei, arrivederci.', 'say: Grazie, pratica #ST-58214 chiusa.'));
    const warned = galateo(['validate', cut], undefined);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/commento\.yaml:\d+:\d+: warning: the text stops at "Grazie, pratica"/);
  });
});
