import type { CommonFinding } from '../../classroom/contract.ts';
import type { Finding, Report } from '../../engine/index.ts';

export interface ScoredSession {
  submissionId: string;
  traineeId: string;
  nickname: string;
  scenario: string;
  report: Pick<Report, 'findings' | 'transcript'>;
}

/** How many findings the dashboard lists. */
export const COMMON_FINDINGS = 5;
/** An example quoting a whole message is cut to this many characters. */
export const EXCERPT_LENGTH = 140;

/**
 * The trainee's words behind a finding: its excerpt when it quotes its message, else the start of
 * the message. A finding about the chat as a whole quotes nothing (its excerpt may be an id).
 */
function excerptOf(finding: Finding, report: ScoredSession['report']): string | null {
  const text = finding.message === null ? undefined : report.transcript[finding.message]?.text;
  if (text === undefined) return null;
  if (finding.excerpt && text.includes(finding.excerpt)) return finding.excerpt;
  const characters = [...text];
  return characters.length <= EXCERPT_LENGTH ? text : `${characters.slice(0, EXCERPT_LENGTH - 1).join('')}…`;
}

interface Tally {
  finding: Finding;
  count: number;
  sessions: Set<string>;
  trainees: Set<string>;
  example: CommonFinding['example'];
  exampleQuotes: boolean;
}

/**
 * The rules the class breaks most often (findings that cost points, counted over every session,
 * ties broken by how many trainees, then by rule id), each with one example to discuss: the most
 * recent instance that quotes the trainee's words, else the most recent one.
 */
export function commonFindings(sessions: readonly ScoredSession[], limit = COMMON_FINDINGS): CommonFinding[] {
  const tallies = new Map<string, Tally>();
  // Oldest first, so a later instance replaces the example.
  for (const session of sessions) {
    for (const finding of session.report.findings) {
      if (finding.points <= 0) continue;
      const excerpt = excerptOf(finding, session.report);
      const example = { submissionId: session.submissionId, nickname: session.nickname, scenario: session.scenario, explanation: finding.explanation, excerpt };
      const tally = tallies.get(finding.rule) ?? { finding, count: 0, sessions: new Set(), trainees: new Set(), example, exampleQuotes: false };
      tally.count += 1;
      tally.sessions.add(session.submissionId);
      tally.trainees.add(session.traineeId);
      if (excerpt !== null || !tally.exampleQuotes) {
        tally.example = example;
        tally.exampleQuotes = excerpt !== null;
      }
      tallies.set(finding.rule, tally);
    }
  }
  return [...tallies.values()]
    .sort((a, b) => b.count - a.count || b.trainees.size - a.trainees.size || a.finding.rule.localeCompare(b.finding.rule))
    .slice(0, limit)
    .map((tally) => ({
      rule: tally.finding.rule,
      dimension: tally.finding.dimension,
      count: tally.count,
      sessions: tally.sessions.size,
      trainees: tally.trainees.size,
      example: tally.example,
    }));
}
