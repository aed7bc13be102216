import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINI_SCENARIO } from '../testSupport.ts';
import { loadScenario } from './loadScenario.ts';
import { formatProblem } from './problem.ts';

const problemsOf = (text: string) => {
  const result = loadScenario(text, 'broken.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('loadScenario', () => {
  it('accepts a valid scenario and fills the defaults', () => {
    const result = loadScenario(MINI_SCENARIO, 'mini.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.register).toBe('formal');
    expect(result.scenario.scoring.responseTime).toEqual({ excellent: 10, acceptable: 30, hold: 120 });
    expect(result.scenario.customer.mood).toBe(0);
  });

  it('reports YAML syntax errors with line and column', () => {
    const problems = problemsOf('id: x\nstates:\n  a: [unclosed\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^broken\.yaml:\d+:\d+: YAML syntax/);
  });

  it('refuses internal references in what trainees read, saying where', () => {
    const text = MINI_SCENARIO.replace('explain: Serve dire tutte le opzioni.', 'explain: Serve dire tutte le opzioni (seed 000).');
    const line = text.split('\n').findIndex((l) => l.includes('(seed 000)')) + 1;
    expect(problemsOf(text)).toEqual([expect.stringMatching(new RegExp(`^broken\\.yaml:${line}:\\d+: trainees read this text: leave out internal references`))]);
  });

  it('refuses a better phrasing that states a fact the brief does not give, saying where', () => {
    const text = MINI_SCENARIO.replace('better: Può pagare con carta, bonifico o bollettino.', 'better: Può pagare con carta, bonifico o bollettino; il numero di pratica è RC-20931.');
    const line = text.split('\n').findIndex((l) => l.includes('RC-20931')) + 1;
    expect(problemsOf(text)).toEqual([expect.stringMatching(new RegExp(`^broken\\.yaml:${line}:\\d+: the better phrasing states "RC-20931", which the brief does not give`))]);
    const given = text.replace('brief: Una prova.', 'brief: Una prova. La pratica è la RC-20931.');
    expect(problemsOf(given)).toEqual([]);
  });

  it('reports a duplicate key where it stands', () => {
    expect(problemsOf(`${MINI_SCENARIO}\ntitle: Ancora\n`).join('\n')).toMatch(/broken\.yaml:\d+:1: this key appears twice/);
  });

  it('reports every shape problem, each at its own line', () => {
    const text = MINI_SCENARIO.replace('difficulty: 1', 'difficulty: facile').replace('channel: live-chat', 'channel: telefono').replace('title: Prova', 'title: Prova\ncolour: blu');
    const problems = problemsOf(text);
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
    expect(problems).toContain(`broken.yaml:${lineOf('difficulty: facile')}:13: expected a number, found the text "facile" (at difficulty)`);
    expect(problems.some((p) => p.startsWith(`broken.yaml:${lineOf('channel: telefono')}:10: expected one of "live-chat", "social-thread", "messaging-app"`))).toBe(true);
    expect(problems).toContain(`broken.yaml:${lineOf('colour: blu')}:1: unknown key "colour"`);
  });

  it('reports a missing required key on the mapping that lacks it', () => {
    expect(problemsOf(MINI_SCENARIO.replace('company: Aurora Assicurazioni\n', ''))).toContain('broken.yaml:2:1: missing: expected a text (at company)');
  });

  it('refuses unknown states, intents, facts and lists by name', () => {
    const text = MINI_SCENARIO.replace('goto: closing', 'goto: chiusura').replace('when: payment', 'when: pagamento').replace('keywords: [targa]', 'keywords: ["@targhe"]');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/unknown state "chiusura"/);
    expect(problems).toMatch(/unknown intent "pagamento"/);
    expect(problems).toMatch(/unknown list "targhe"/);
  });

  it('reports wrong names together with shape problems, so one pass fixes everything', () => {
    const text = MINI_SCENARIO.replace('difficulty: 1', 'difficulty: 0').replace('goto: closing', 'goto: chiusura');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/expected a value of at least 1 \(at difficulty\)/);
    expect(problems).toMatch(/unknown state "chiusura"/);
  });

  it('explains what a line may be', () => {
    expect(problemsOf(MINI_SCENARIO.replace("say: C'è qualcuno?", 'say: 42')).join('\n')).toMatch(
      /expected a line of text, a list of lines, or \{cycle\|shuffle\|once\|sequence: \[lines\]\}: found the number 42/,
    );
  });

  it('refuses a state that can never be reached', () => {
    const text = `${MINI_SCENARIO}  orphan:\n    outcome: resolved\n`;
    expect(problemsOf(text).join('\n')).toMatch(/the state "orphan" can never be reached/);
  });

  it('refuses a state from which the chat can never end', () => {
    const text = MINI_SCENARIO.replace(
      '  closing:\n',
      '  limbo:\n    silence:\n      - after: 5\n        goto: limbo2\n  limbo2:\n    silence:\n      - after: 5\n        goto: limbo\n  closing:\n',
    ).replace('goto: closing', 'goto: limbo');
    const problems = problemsOf(text).join('\n');
    expect(problems).toMatch(/from the state "limbo" the chat can never end/);
  });

  it('refuses a dead end without a timer', () => {
    const text = MINI_SCENARIO.replace(
      "defaults:\n  silence:\n    - after: 20\n      say: C'è qualcuno?\n      mood: -1\n    - after: 30\n      say: Va bene, arrivederci.\n      outcome: abandoned\n",
      '',
    );
    expect(problemsOf(text).join('\n')).toMatch(/dead end: if the agent stops writing in "waiting"/);
  });

  it('refuses goto together with outcome', () => {
    expect(problemsOf(MINI_SCENARIO.replace('goto: closing', 'goto: closing\n        outcome: resolved')).join('\n')).toMatch(/give either goto or outcome, not both/);
  });

  it('refuses prototype keys as names', () => {
    expect(problemsOf(MINI_SCENARIO.replace('  closing:\n', '  __proto__:\n    outcome: resolved\n  closing:\n')).length).toBeGreaterThan(0);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = loadScenario(text, 'fuzz.yaml');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MINI_SCENARIO.length - 1 }), fc.string({ maxLength: 5 }), (at, junk) => {
        const result = loadScenario(MINI_SCENARIO.slice(0, at) + junk + MINI_SCENARIO.slice(at + 1), 'fuzz.yaml');
        if (!result.ok) for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
