/**
 * A small deterministic generator (mulberry32): the session's seed fixes every random choice, so a
 * replay gives the same transcript. Its whole state is one 32-bit number, kept in the machine context.
 */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}
