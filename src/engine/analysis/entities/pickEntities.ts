import { ENTITY_TYPES } from './entity.ts';
import type { Candidate } from './scan.ts';

const rank = (candidate: Candidate) => ENTITY_TYPES.indexOf(candidate.type);

/**
 * One reading per stretch of text: the leftmost, then the longest, then the type listed first.
 * 'entro domani' is a limit, not the date inside it; '9:00' inside a link is the link's.
 */
export function pickEntities(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  const picked: Candidate[] = [];
  let end = 0;
  for (const candidate of candidates) {
    if (candidate.start < end) continue;
    picked.push(candidate);
    end = candidate.end;
  }
  return picked;
}
