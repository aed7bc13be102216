import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../engine/index.ts';
import { commonFindings, EXCERPT_LENGTH, type ScoredSession } from './commonFindings.ts';

const finding = (rule: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  dimension: rule.split('.')[0] as Finding['dimension'],
  message: null,
  severity: 'minor',
  points: 10,
  explanation: `about ${rule}`,
  ...extra,
});
const transcript: Report['transcript'] = [
  { from: 'customer', at: 0, text: 'Buongiorno', phase: 'opening' },
  { from: 'agent', at: 5, text: 'ciao '.repeat(60).trim(), phase: 'opening' },
];
let next = 0;
const session = (traineeId: string, findings: Finding[]): ScoredSession => ({
  submissionId: `s${++next}`,
  traineeId,
  nickname: traineeId.toUpperCase(),
  scenario: 'rc-auto-renewal',
  report: { findings, transcript },
});

describe('the most frequent findings in a class', () => {
  it('counts instances, sessions and trainees, most frequent first, at most five', () => {
    const sessions = [
      session('anna', [finding('register.emoji', { message: 1, excerpt: 'ciao' }), finding('register.emoji', { message: 1, excerpt: 'ciao ciao' }), finding('closure.thanks')]),
      session('bruno', [finding('closure.thanks'), finding('greeting.company'), finding('greeting.welcome'), finding('closure.goodbye'), finding('register.jargon'), finding('greeting.offer-help')]),
    ];
    const common = commonFindings(sessions);
    expect(common).toHaveLength(5);
    expect(common.slice(0, 2).map(({ rule, count, sessions: inSessions, trainees }) => ({ rule, count, inSessions, trainees }))).toEqual([
      // Tied on count, the rule more trainees share comes first.
      { rule: 'closure.thanks', count: 2, inSessions: 2, trainees: 2 },
      { rule: 'register.emoji', count: 2, inSessions: 1, trainees: 1 },
    ]);
    expect(common[1]!.example).toMatchObject({ nickname: 'ANNA', excerpt: 'ciao ciao', explanation: 'about register.emoji' });
    // A finding about the whole chat quotes nothing, whatever its excerpt holds.
    expect(commonFindings([session('elena', [finding('exhaustiveness.never-said', { excerpt: 'card-expiring' })])])[0]!.example.excerpt).toBeNull();
  });

  it('prefers an example that quotes the trainee, cutting a long message, and skips findings that cost nothing', () => {
    const quoted = session('carla', [finding('register.curt', { message: 1 })]);
    const common = commonFindings([quoted, session('dario', [finding('register.curt'), finding('register.spelling', { points: 0 })])]);
    expect(common.map((entry) => entry.rule)).toEqual(['register.curt']);
    expect(common[0]!.example.submissionId).toBe(quoted.submissionId);
    expect([...common[0]!.example.excerpt!]).toHaveLength(EXCERPT_LENGTH);
    expect(common[0]!.example.excerpt!.endsWith('…')).toBe(true);
  });
});
