import { describe, expect, it } from 'vitest';
import { formatProblem } from '../index.ts';
import { loadPanelConversation } from './panelSchema.ts';

const good = {
  scenario: 'rc-auto-renewal',
  seed: 1,
  split: 'tune',
  played: 'expert',
  replies: [{ delay: 3, text: 'Buongiorno signor Rossi, sono Giulia di Assicurazioni Aurora.' }],
  expert: { total: 86, outcome: 'resolved', dimensions: { greeting: 90, closure: 80 } },
  graders: [{ total: 87, outcome: 'resolved', dimensions: {}, notes: 'Prompt and complete.' }],
};

describe('loadPanelConversation', () => {
  it('reads a conversation as calibration/README.md shows it, JSON or YAML', () => {
    const json = loadPanelConversation(JSON.stringify(good, null, 2), 'good.json');
    expect(json).toEqual({ ok: true, value: good });
    const yaml = loadPanelConversation('scenario: email-handoff\nseed: 7\nreplies: []\nexpert: { total: 40.5, outcome: abandoned }\n', 'good.yaml');
    expect(yaml).toEqual({ ok: true, value: { scenario: 'email-handoff', seed: 7, replies: [], expert: { total: 40.5, outcome: 'abandoned' } } });
  });

  it('gives every problem at its file:line:column', () => {
    const text = `{
  "scenario": "rc-auto-renewal",
  "seed": 1,
  "split": "train",
  "replies": [{ "delay": -2, "text": "Buongiorno" }],
  "expert": { "total": 120, "outcome": "resolved", "dimensions": { "warmth": 80 } },
  "grade": 5
}`;
    const loaded = loadPanelConversation(text, 'panel/bad.json');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map(formatProblem)).toEqual([
      'panel/bad.json:4:12: expected one of "tune", "held-out", found the text "train" (at split)',
      'panel/bad.json:5:26: expected a value of at least 0 (at replies.0.delay)',
      'panel/bad.json:6:24: expected a value of at most 100 (at expert.total)',
      'panel/bad.json:6:68: unknown key "warmth" (at expert.dimensions)',
      'panel/bad.json:7:3: unknown key "grade"',
    ]);
  });

  it('says what a conversation looks like when the file is not one, and locates YAML syntax errors', () => {
    const list = loadPanelConversation('[1, 2]', 'list.json');
    expect(!list.ok && list.problems[0]?.message).toMatch(/^expected a mapping of keys to values, found a list \(a panel conversation looks like \{"scenario"/);
    const missing = loadPanelConversation('scenario: x\nseed: 1\nreplies: []\n', 'missing.yaml');
    expect(!missing.ok && missing.problems.map(formatProblem)).toEqual(['missing.yaml:1:1: missing: expected a mapping of keys to values (at expert)']);
    const broken = loadPanelConversation('{"scenario": "x",\n  "seed": 1,,\n}', 'broken.json');
    expect(!broken.ok && broken.problems[0]).toMatchObject({ file: 'broken.json', line: 2 });
  });
});
