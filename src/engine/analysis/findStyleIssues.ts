import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';
import { morphologyOf } from '../language/prepareLocale.ts';
import type { Morphology } from '../morphology/morphology.ts';
import { findMisspellings } from './findMisspellings.ts';
import type { StyleIssue, StyleRule } from './replyAnalysis.ts';
import { negationScope } from './negationScope.ts';
import type { Token } from './tokenize.ts';
import { PhraseSet } from './phraseSet.ts';

interface Compiled {
  shorthand: Map<string, string>;
  shorthandAllow: Set<string>;
  acronyms: Set<string>;
  kAllow: Set<string>;
  laughter: RegExp;
  emoticons: RegExp | null;
  jokes: PhraseSet;
  jargon: PhraseSet;
  promises: PhraseSet;
  misspellings: PhraseSet;
  jokingEmoji: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pairs = (list: readonly string[]) => list.map((w) => [w, w] as const);

const compile = perLanguage((data): Compiled => {
  const s = data.style;
  const emoticonAlternatives = [...s.emoticons]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const c: Compiled = {
    shorthand: new Map(Object.entries(s.shorthand)),
    shorthandAllow: new Set(s.shorthandAllow),
    acronyms: new Set(s.acronyms),
    kAllow: new Set(s.kForCh.allow),
    laughter: new RegExp(s.laughterPattern, 'u'),
    // An emoticon stands alone: not inside a URL or a time like 10:30.
    emoticons: emoticonAlternatives ? new RegExp(`(?<![\\p{L}\\p{N}:/])(?:${emoticonAlternatives})(?![\\p{L}\\p{N}/])`, 'gu') : null,
    jokes: new PhraseSet(pairs(s.jokeWords), data, 'norm'),
    jargon: new PhraseSet(pairs(s.jargon), data, 'norm'),
    promises: new PhraseSet(pairs(s.absolutePromises), data, 'norm'),
    misspellings: new PhraseSet(Object.entries(s.misspellings), data, 'lower'),
    jokingEmoji: new Set(s.jokingEmoji),
  };
  return c;
});

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;
const ONLY_LETTERS = /^\p{L}+$/u;
const HAS_LOWER = /\p{Ll}/u;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu;
const PUNCT_RUN = /[!?]{2,}/g;
const VARIATION = /\uFE0F/g;

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Writing problems of one reply, each pointing at the raw text. `vocabulary` holds words of the
 * conversation that are no typo whatever the dictionary says (the scenario's names, products).
 */
export function findStyleIssues(text: string, tokens: readonly Token[], data: LanguageData, vocabulary: ReadonlySet<string> = NO_WORDS): StyleIssue[] {
  const c = compile(data);
  const s = data.style;
  const issues: StyleIssue[] = [];
  const morphology = morphologyOf(data.locale);
  const issue = (rule: StyleRule, start: number, end: number, suggestion?: string) => {
    const found: StyleIssue = { rule, excerpt: text.slice(start, end), start, end };
    if (suggestion) found.suggestion = suggestion;
    issues.push(found);
  };

  for (const t of tokens) {
    const shorthand = shorthandSuggestion(t, c, s, morphology, vocabulary);
    if (shorthand !== null) issue('shorthand', t.start, t.end, shorthand);
    if (c.laughter.test(t.norm)) issue('joke', t.start, t.end);
  }
  allCapsRuns(tokens, c, s.capsMinLength, (a, b) => issue('all-caps', a.start, b.end, text.slice(a.start, b.end).toLowerCase()));

  for (const m of text.matchAll(PUNCT_RUN)) {
    const run = m[0];
    if (run.length >= 3 || run[0] === run[1]) issue('repeated-punctuation', m.index, m.index + run.length, run[0]);
  }
  for (const m of text.matchAll(EMOJI)) issue(c.jokingEmoji.has(m[0].replace(VARIATION, '')) ? 'joke' : 'emoji', m.index, m.index + m[0].length);
  if (c.emoticons) for (const m of text.matchAll(c.emoticons)) issue('emoji', m.index, m.index + m[0].length);

  const fromPhrases = (set: PhraseSet, rule: StyleRule, withSuggestion: boolean) => {
    for (const h of set.find(tokens)) issue(rule, tokens[h.first]!.start, tokens[h.last]!.end, withSuggestion ? h.value : undefined);
  };
  fromPhrases(c.jokes, 'joke', false);
  fromPhrases(c.jargon, 'jargon', false);
  // 'Non posso prometterlo al 100%', "I can't promise that": a promise a negation covers is the honest opposite.
  const negated = negationScope(tokens, data);
  for (const h of c.promises.find(tokens)) if (!negated[h.first]) issue('absolute-promise', tokens[h.first]!.start, tokens[h.last]!.end);
  fromPhrases(c.misspellings, 'spelling', true);

  // The dictionary last, for the words no other rule has already pointed at.
  if (morphology) {
    const flagged = new Uint8Array(text.length);
    for (const found of issues) flagged.fill(1, found.start, found.end);
    const skip = (t: Token) => flagged.subarray(t.start, t.end).includes(1);
    for (const { token, suggestion } of findMisspellings(tokens, data, morphology, vocabulary, skip)) issue('spelling', token.start, token.end, suggestion);
  }

  issues.sort((a, b) => a.start - b.start);
  return issues;
}

/** The suggestion for a shorthand token ('' when none is known), or null when the token is fine. */
function shorthandSuggestion(t: Token, c: Compiled, s: LanguageData['style'], morphology: Morphology | undefined, vocabulary: ReadonlySet<string>): string | null {
  const w = t.norm;
  const known = c.shorthand.get(w);
  if (known !== undefined) return known;
  if (c.shorthandAllow.has(w) || c.acronyms.has(t.raw)) return null;
  // Letters glued to digits: c6, gr8, x2.
  if (w.length <= 4 && HAS_LETTER.test(w) && HAS_DIGIT.test(w)) return '';
  if (!ONLY_LETTERS.test(w)) return null;
  // Short consonant-only words typed in lower case: qlc, nn, tt.
  if (w.length >= 2 && w.length <= s.shorthandMaxConsonantLength && HAS_LOWER.test(t.raw) && ![...w].some((ch) => s.vowels.includes(ch))) {
    return '';
  }
  const k = s.kForCh;
  if (k.letter && !c.kAllow.has(w) && HAS_LOWER.test(t.raw.charAt(0))) {
    const idx = w.indexOf(k.letter);
    // 'kiamami', 'anke', but not the 'ck' of English words ('tracking', 'checking').
    if (idx >= 0 && k.before.includes(w.charAt(idx + 1)) && !k.notAfter.includes(w.charAt(idx - 1) || '\u0000')) {
      const spelled = w.split(k.letter).join(k.replacement);
      // 'anke' spells out to 'anche'; 'uramaki' and 'ketchup' to no word: dishes and loanwords, not shorthand.
      if (vocabulary.has(w) || (morphology !== undefined && !morphology.isWord(spelled))) return null;
      return spelled;
    }
  }
  return null;
}

/** The longest part of a dashed code that still reads as an acronym. */
const ACRONYM_PART_MAX = 4;

/** Words typed in capitals: a run is shouting when it has a long non-acronym word or two short ones. */
function allCapsRuns(tokens: readonly Token[], c: Compiled, minLength: number, report: (a: Token, b: Token) => void): void {
  let runStart = -1;
  let long = false;
  let words = 0;
  const flush = (end: number) => {
    if (runStart >= 0 && (long || words >= 2)) report(tokens[runStart]!, tokens[end]!);
    runStart = -1;
    long = false;
    words = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A code or standard written in capitals with a dash ('PCI-DSS', 'ISO-IEC') is a name, not shouting.
    const coded = t.raw.includes('-') && t.raw.split('-').every((part) => part.length <= ACRONYM_PART_MAX);
    const capsy = HAS_LETTER.test(t.raw) && !HAS_LOWER.test(t.raw) && !HAS_DIGIT.test(t.raw) && !coded;
    if (!capsy) {
      flush(i - 1);
      continue;
    }
    if (runStart < 0) runStart = i;
    const letters = t.raw.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && !c.acronyms.has(letters)) {
      words++;
      if (letters.length >= minLength) long = true;
    }
  }
  flush(tokens.length - 1);
}
