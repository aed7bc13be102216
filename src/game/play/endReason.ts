import type { Report, SessionLog } from '../../engine/index.ts';

/** Why a chat ended, in the words the end panel and the debrief use (`endReason.<reason>`). */
export type EndReason = 'resolved' | 'escalated' | 'left-silence' | 'left-replies' | 'left' | 'closed' | 'unresolved';

/**
 * Read from what the session left: its outcome, the findings that tell a customer who gave up on a
 * silent agent from one driven away by the replies, and whether the trainee's last act was to close
 * the chat window.
 */
export function endReason(log: SessionLog, report: Pick<Report, 'outcome' | 'findings'>): EndReason {
  const found = (rule: string) => report.findings.some((finding) => finding.rule === rule);
  switch (report.outcome) {
    case 'resolved':
    case 'escalated':
      return report.outcome;
    case 'abandoned':
      // A customer left waiting is the response time's finding too: it alone says so when no reply was ever sent.
      if (found('closure.driven-away')) return 'left-replies';
      return found('closure.abandoned') || found('responseTime.unanswered') ? 'left-silence' : 'left';
    case 'unresolved': {
      const last = log.events.at(-1);
      return last !== undefined && 'close' in last ? 'closed' : 'unresolved';
    }
  }
}
