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

/** A reply's words, and the words of each of its sentences. */
export interface ReplyWords {
  tokens: readonly string[];
  tokenSentences: readonly number[];
}

const sentenceCache = new WeakMap<ReplyWords, string[][]>();

/** The reply's sentences long enough to be a stock sentence rather than a courtesy ('Grazie mille.'). */
function longSentences(reply: ReplyWords): string[][] {
  const cached = sentenceCache.get(reply);
  if (cached) return cached;
  const bySentence = new Map<number, string[]>();
  reply.tokens.forEach((token, i) => {
    const sentence = reply.tokenSentences[i] ?? 0;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), token]);
  });
  const long = [...bySentence.values()].filter((words) => words.length >= MIN_WORDS);
  sentenceCache.set(reply, long);
  return long;
}

/**
 * The index (in `earlier`) of a previous reply this one repeats, or -1: the whole reply nearly
 * copied, or one of its sentences pasted again from an earlier reply (the stock sentence that
 * returns in every answer).
 */
export function findRepeatedReply(reply: ReplyWords, earlier: readonly ReplyWords[]): number {
  if (reply.tokens.length < MIN_WORDS) return -1;
  const whole = earlier.findIndex((previous) => previous.tokens.length >= MIN_WORDS && similarity(reply.tokens, previous.tokens) >= THRESHOLD);
  if (whole >= 0) return whole;
  const sentences = longSentences(reply);
  return earlier.findIndex((previous) => longSentences(previous).some((before) => sentences.some((sentence) => similarity(sentence, before) >= THRESHOLD)));
}
