import type { ClassInfo } from '../../classroom/contract.ts';

export interface ClassWindow {
  locked: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
}

/** The trainer's lock wins; otherwise the time window decides. */
export function classStatus(window: ClassWindow, now = new Date()): ClassInfo['status'] {
  if (window.locked) return 'locked';
  if (window.opensAt && now < window.opensAt) return 'not-yet-open';
  if (window.closesAt && now >= window.closesAt) return 'closed';
  return 'open';
}
