import { describe, expect, it } from 'vitest';
import { completeAt } from './completeAt.ts';
import { ENGINE_VOCABULARY } from './engineVocabulary.ts';
import { SCENARIO_JSON_SCHEMA } from './scenarioJsonSchema.ts';

const SCENARIO = `id: mini
locale: it
channel: live-chat
customer:
  name: Laura
intents:
  new-appointment:
    keywords: [nuovo appuntamento]
facts:
  codice-cliente: { value: FN-1 }
  heard: {}
lists:
  slot-words: [domani]
states:
  waiting:
    on:
      - when: greeting
        goto: venting
  venting:
    outcome: resolved
policy:
  forbidden:
    - { id: blaming, keywords: [colpa sua], explain: e, better: b }
  required:
    - { id: ownership, intent: new-appointment, explain: e, better: b }
  contradictions:
    - { id: flip-flop, first: hold, then: transfer, explain: e, better: b }
`;

/** Completes at `|`, written into the scenario in place of `anchor`. */
function completeIn(anchor: string, replacement: string) {
  if (!SCENARIO.includes(anchor)) throw new Error(`no ${anchor} in the scenario`);
  const marked = SCENARIO.replace(anchor, replacement);
  return completeAt(marked.replace('|', ''), marked.indexOf('|'), SCENARIO_JSON_SCHEMA, ENGINE_VOCABULARY);
}
const labels = (completion: ReturnType<typeof completeAt>) => completion?.candidates.map((candidate) => candidate.label) ?? [];

describe('completeAt', () => {
  it('offers the keys the schema allows in the mapping, with their descriptions, minus those present', () => {
    const completion = completeIn('  name: Laura\n', '  name: Laura\n  |\n');
    expect(completion?.path).toEqual(['customer']);
    expect(labels(completion)).toEqual(['avatar', 'mood', 'patience', 'knownName']);
    expect(completion?.candidates.find((candidate) => candidate.label === 'patience')?.description).toMatch(/silence/);
    expect(completion?.candidates.find((candidate) => candidate.label === 'mood')?.apply).toBe('mood: ');
  });

  it('starts a mapping or a list on the next line, and retypes a key without a second colon', () => {
    const top = completeIn('customer:\n', 'custo|mer:\n');
    expect(top?.candidates.find((candidate) => candidate.label === 'customer')?.apply).toBe('customer');
    const state = completeIn('    outcome: resolved\n', '    outcome: resolved\n    o|\n');
    expect(state?.candidates.find((candidate) => candidate.label === 'on')?.apply).toBe('on:');
  });

  it('completes enums: channel, phase, outcome, entity types, booleans', () => {
    expect(labels(completeIn('channel: live-chat', 'channel: |'))).toEqual(['live-chat', 'social-thread', 'messaging-app']);
    expect(labels(completeIn('    outcome: resolved', '    phase: |'))).toEqual(['opening', 'handling', 'closing']);
    expect(labels(completeIn('keywords: [nuovo appuntamento]', 'entities: [|]'))).toContain('time-window');
    expect(labels(completeIn('  name: Laura', '  knownName: |'))).toEqual(['true', 'false']);
  });

  it('completes when: with the built-in intents, the signals and the file’s own intents', () => {
    const completion = completeIn('      - when: greeting', '      - when: [greeting, |]');
    const found = labels(completion);
    expect(found).toEqual(expect.arrayContaining(['new-appointment', 'greeting', 'closing-announce', 'asked-again', 'any']));
    expect(completion?.candidates.find((candidate) => candidate.label === 'new-appointment')?.source).toBe('intent');
    expect(completion?.candidates.find((candidate) => candidate.label === 'repeated')?.source).toBe('signal');
  });

  it('completes goto: with the file’s states and set: with its facts, in brackets where a list is due', () => {
    expect(labels(completeIn('        goto: venting', '        goto: v|'))).toEqual(['waiting', 'venting']);
    const set = completeIn('        goto: venting', '        set: |');
    expect(labels(set)).toEqual(['codice-cliente', 'heard']);
    expect(set?.candidates[0]?.apply).toBe('[codice-cliente]');
    expect(labels(completeIn('        goto: venting', '        if: { missing: [h|] }'))).toEqual(['codice-cliente', 'heard']);
  });

  it('completes avatar: with the avatars of the assets', () => {
    expect(labels(completeIn('  name: Laura', '  avatar: |'))).toEqual(expect.arrayContaining(['neutral', 'woman-young']));
  });

  it('completes findings: with the engine’s rule ids and the policy’s own, by dimension', () => {
    const text = `${SCENARIO}tests:\n  - name: t\n    replies: []\n    expect:\n      findings:\n        - |\n`;
    const completion = completeAt(text.replace('|', ''), text.indexOf('|'), SCENARIO_JSON_SCHEMA, ENGINE_VOCABULARY);
    expect(labels(completion)).toEqual(expect.arrayContaining(['greeting.missing', 'exhaustiveness.follow-up', 'register.tone-deaf']));
    const own = completion?.candidates.filter((candidate) => candidate.source === 'scenario-rule').map((candidate) => candidate.label);
    expect(own).toEqual(['register.blaming', 'exhaustiveness.ownership', 'exhaustiveness.flip-flop']);
    expect(labels(completion)).not.toContain('greeting.missing#informal');
  });

  it('completes a list reference in keywords', () => {
    expect(labels(completeIn('keywords: [nuovo appuntamento]', 'keywords: ["@|"]'))).toEqual(['@slot-words']);
  });

  it('offers nothing for free text or where the schema has nothing', () => {
    expect(labels(completeIn('  name: Laura', '  name: |'))).toEqual([]);
    expect(labels(completeIn('channel: live-chat', 'nonsense:\n  |'))).toEqual([]);
  });

  it('stays cheap on an alias bomb and treats markup and control characters as plain text', () => {
    const levels = Array.from({ length: 9 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array(10).fill(`*l${level}`).join(', ')}]`);
    const bomb = `l0: &l0 "<img src=x onerror=alert(1)>\u0007"\n${levels.join('\n')}\nstates:\n  '<b>': {}\nstart: |\n`;
    const completion = completeAt(bomb.replace('|', ''), bomb.indexOf('|'), SCENARIO_JSON_SCHEMA, ENGINE_VOCABULARY);
    expect(completion?.names.states).toEqual(['<b>']);
    expect(labels(completion)).toEqual(['<b>']);
  });
});
