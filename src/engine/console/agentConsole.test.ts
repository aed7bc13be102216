import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../analysis/analyzeReply.ts';
import { getLanguageData } from '../language/locales.ts';
import { loadScenario } from '../scenario/loadScenario.ts';
import { formatProblem } from '../scenario/problem.ts';
import { CAPS } from '../scoring/gravestFailures.ts';
import { scoreSession } from '../scoring/scoreSession.ts';
import { replayReplies } from '../session/replay.ts';
import { compileYaml, MINI_SCENARIO } from '../testSupport.ts';
import { cannedReplies, customerRecord, uneditedCanned } from './agentConsole.ts';

const WITH_CONSOLE = MINI_SCENARIO.replace(
  'facts:\n  targa: { known: customer, keywords: [targa] }\n',
  `facts:
  targa: { known: customer, value: FG 482 LM, keywords: [targa] }
console:
  record:
    - { label: Cliente, value: Paolo Rossi }
    - { label: Targa, fact: targa }
  canned:
    - { label: Saluto breve, text: "Buongiorno, sono {agent}: la ascolto.", phases: [opening] }
`,
);
const compiled = compileYaml(WITH_CONSOLE);
const welcome = cannedReplies(compiled).find((canned) => canned.label === 'Benvenuto')!;
const cannedRules = (texts: string[], scenario = compiled) =>
  scoreSession(
    replayReplies(
      scenario,
      texts.map((text) => ({ delay: 4, text })),
    ),
  ).findings.filter((finding) => finding.rule === 'register.canned-unfit');

describe('the agent console', () => {
  it("shows the record's lines, a fact's value among them, and fills the canned replies in", () => {
    expect(customerRecord(compiled)).toEqual([
      { label: 'Cliente', value: 'Paolo Rossi' },
      { label: 'Targa', value: 'FG 482 LM' },
    ]);
    expect(welcome.text).toBe('Buongiorno, sono Giulia di Aurora Assicurazioni. Come posso aiutarla?');
    // The language's stock first, then the scenario's own.
    expect(cannedReplies(compiled).at(-1)).toMatchObject({ label: 'Saluto breve', text: 'Buongiorno, sono Giulia: la ascolto.' });
  });

  it('offers canned replies in the brand register, written as the engine wants them', () => {
    for (const register of ['formal', 'informal'] as const) {
      for (const canned of getLanguageData('it').cannedReplies[register]) {
        const analysis = analyzeReply(canned.text.replace('{agent}', 'Giulia').replace('{company}', 'Aurora'), 'it');
        expect(analysis.register, canned.text).toBe(register);
        expect(analysis.style, canned.text).toEqual([]);
      }
    }
  });

  it('knows a canned reply sent unedited, whatever the case and spacing, and not an edited one', () => {
    expect(uneditedCanned(compiled, `  ${welcome.text.toUpperCase()}  `)?.label).toBe('Benvenuto');
    expect(uneditedCanned(compiled, welcome.text.replace('Buongiorno', 'Buongiorno signor Rossi'))).toBeUndefined();
  });
});

describe('canned replies where they do not fit', () => {
  it('let a canned welcome open the chat, but not come back mid-chat', () => {
    expect(cannedRules([welcome.text])).toEqual([]);
    const again = cannedRules(['Buongiorno signor Rossi, sono Giulia di Aurora Assicurazioni: come posso aiutarla?', 'Può pagare con bonifico.', welcome.text]);
    expect(again).toHaveLength(1);
    expect(again[0]!.explanation).toContain("'Benvenuto'");
    expect(again[0]!.explanation).toContain('nel mezzo della richiesta');
  });

  it('find a stock cheerful answer pasted to a complaint tone-deaf, and the same words edited the agent’s own', () => {
    const complaint = compileYaml(WITH_CONSOLE.replace('agent: Giulia\n', 'agent: Giulia\ncomplaint: true\n').replace('patience: 60 }', 'patience: 60, mood: -3 }'));
    const cheerful = cannedReplies(complaint).find((canned) => !canned.complaints)!;
    const pasted = cannedRules([welcome.text, cheerful.text], complaint);
    expect(pasted).toHaveLength(1);
    expect(pasted[0]!.explanation).toContain('reclamo');
    expect(cannedRules([welcome.text, cheerful.text], compiled)).toEqual([]);
    expect(cannedRules([welcome.text, `${cheerful.text} Mi dispiace per l'attesa, signor Rossi.`], complaint)).toEqual([]);
  });

  it('count as pasted answers: twice makes the robotic pattern, and one pasted again is a repeat, charged once', () => {
    const own = 'Buongiorno signor Rossi, sono Giulia di Aurora Assicurazioni: come posso aiutarla?';
    const twice = scoreSession(
      replayReplies(
        compiled,
        [own, 'Può pagare con bonifico.', welcome.text, 'Buongiorno, sono Giulia: la ascolto.'].map((text) => ({ delay: 4, text })),
      ),
    );
    expect(twice.findings.filter((finding) => finding.rule === 'register.canned-unfit')).toHaveLength(2);
    expect(twice.findings.find((finding) => finding.rule === 'register.robotic-pattern')?.cap).toBe(CAPS.roboticPattern);
    const repeated = scoreSession(
      replayReplies(
        compiled,
        [welcome.text, 'Può pagare con bonifico.', welcome.text].map((text) => ({ delay: 4, text })),
      ),
    );
    expect(repeated.findings.filter((finding) => finding.message === 4).map((finding) => finding.rule)).toEqual(expect.arrayContaining(['register.repeated']));
    expect(repeated.findings.filter((finding) => finding.rule === 'register.canned-unfit')).toEqual([]);
  });
});

describe('the console in a scenario file', () => {
  const problems = (yaml: string) => {
    const loaded = loadScenario(yaml, 'console.yaml');
    return loaded.ok ? [] : loaded.problems.map(formatProblem);
  };

  it('refuses a record line whose fact is unknown or has no value, and a name the agent cannot know yet', () => {
    expect(problems(WITH_CONSOLE)).toEqual([]);
    expect(problems(WITH_CONSOLE.replace('fact: targa', 'fact: polizza')).join('\n')).toMatch(/console\.yaml:\d+:\d+: unknown fact "polizza"/);
    expect(problems(WITH_CONSOLE.replace('value: FG 482 LM, ', '')).join('\n')).toMatch(/the fact "targa" has no value to show/);
    expect(problems(WITH_CONSOLE.replace('sono {agent}: la ascolto', 'sono {agent}, {customer}')).join('\n')).toMatch(/\{customer\} needs customer\.knownName/);
    expect(problems(WITH_CONSOLE.replace('{ label: Targa, fact: targa }', '{ label: Targa }')).join('\n')).toMatch(/give either fact or value/);
  });
});
