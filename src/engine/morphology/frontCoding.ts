/**
 * A sorted word list written compactly: each word is the number of leading letters it shares with
 * the word before (one base-36 digit, so at most 35) followed by the rest of it, words separated by
 * spaces. Sorted lemma lists share long prefixes (abbandonare, abbandonato…), so this is about a
 * fifth smaller than the plain list even once both are gzipped.
 */
const MAX_SHARED = 35;

export function frontCode(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join(' ');
}

export function frontDecode(coded: string): string[] {
  if (coded === '') return [];
  const words: string[] = [];
  let previous = '';
  for (const entry of coded.split(' ')) {
    previous = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
    words.push(previous);
  }
  return words;
}
