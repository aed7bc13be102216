/**
 * Near-copies between agent replies: the 'copy-paste' answers of seed 002 that make a customer ask
 * 'sei un bot?'. Dice similarity of word pairs, so small edits to a stock answer still count.
 */
const MIN_WORDS = 5;
const THRESHOLD = 0.8;

/** Each reply's pairs are computed once: every later reply is compared with all earlier ones. */
const pairCache = new WeakMap<readonly string[], Map<string, number>>();

function wordPairs(tokens: readonly string[]): Map<string, number> {
  const cached = pairCache.get(tokens);
  if (cached) return cached;
  const pairs = new Map<string, number>();
  pairCache.set(tokens, pairs);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const pair = `${tokens[i]} ${tokens[i + 1]}`;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  const pairsA = wordPairs(a);
  const pairsB = wordPairs(b);
  const total = a.length - 1 + (b.length - 1);
  if (total <= 0) return 0;
  let shared = 0;
  for (const [pair, count] of pairsA) shared += Math.min(count, pairsB.get(pair) ?? 0);
  return (2 * shared) / total;
}

/** The index (in `earlier`) of a previous reply this one repeats, or -1. */
export function findRepeatedReply(tokens: readonly string[], earlier: readonly (readonly string[])[]): number {
  if (tokens.length < MIN_WORDS) return -1;
  return earlier.findIndex((previous) => previous.length >= MIN_WORDS && similarity(tokens, previous) >= THRESHOLD);
}
