import { getLocale } from '../language/locales.ts';
import type { Locale, ReplyAnalysis } from './replyAnalysis.ts';
import { tokenize } from './tokenize.ts';
import { normalizeText } from './normalizeText.ts';
import { findStyleIssues } from './findStyleIssues.ts';
import { recognizeIntents, type RecognizedIntents } from './recognizeIntents.ts';
import type { Token } from './tokenize.ts';
import type { LanguageData } from '../language/languageDataSchema.ts';
import { expandShorthand } from './expandShorthand.ts';
import { negationScope } from './negationScope.ts';
import { holdPurposeScope } from './holdPurposeScope.ts';
import { findEntities } from './entities/findEntities.ts';
import { perLanguage } from '../language/perLanguage.ts';

const openerSets = new Map<Locale, Set<string>>();
function questionOpeners(locale: Locale, words: readonly string[]): Set<string> {
  let set = openerSets.get(locale);
  if (!set) openerSets.set(locale, (set = new Set(words)));
  return set;
}

/** 'Quanto al motivo', 'Come le dicevo': a question opener that opens a statement, as token words. */
const statementOpeners = perLanguage((data) => data.statementOpeners.map((phrase) => tokenize(phrase, data).tokens.map((token) => token.norm)).filter((words) => words.length > 0));

const tagPhrases = perLanguage(
  (data) =>
    new Set(
      data.tagQuestions.map((phrase) =>
        tokenize(phrase, data)
          .tokens.map((token) => token.norm)
          .join(' '),
      ),
    ),
);

/**
 * The questions that end on a tag asking only for assent ('Ho aggiornato l'indirizzo e la consegna
 * è domani, ti va bene?'): they propose, they ask for no data. A sentence that is the tag alone is
 * not counted: it asks for nothing either way.
 */
function taggedQuestions(tokens: readonly Token[], asking: ReadonlySet<number>, data: LanguageData): Set<number> {
  const tags = tagPhrases(data);
  const tagged = new Set<number>();
  // One pass, so that a reply of many short questions costs time in proportion to its length.
  let sentenceWords = 0;
  let clause: string[] = [];
  tokens.forEach((token, i) => {
    if (token.sentenceStart) sentenceWords = 0;
    if (token.clauseStart) clause = [];
    sentenceWords++;
    clause.push(token.norm);
    const next = tokens[i + 1];
    const endsSentence = next === undefined || next.sentence !== token.sentence;
    if (endsSentence && asking.has(token.sentence) && clause.length < sentenceWords && tags.has(clause.join(' '))) tagged.add(token.sentence);
  });
  return tagged;
}

/** What the caller knows beyond the reply: `vocabulary`, lower-case words that are no typo (the scenario's names and products). */
export interface AnalysisContext {
  vocabulary?: ReadonlySet<string>;
}

/** Everything the engine needs to know about one reply, read on its own. */
export function analyzeReply(text: string, locale: Locale, context: AnalysisContext = {}): ReplyAnalysis {
  return readReply(text, locale, context).analysis;
}

/** A reply read: its analysis, and what an explanation shows of the reading (the tokens in the text, the built-in intents' cues). */
export interface ReplyReading {
  analysis: ReplyAnalysis;
  /** The tokens behind `analysis.tokens`, one for one, with their place in the text. */
  tokens: Token[];
  builtIn: RecognizedIntents;
}

/** The one reading of a reply that both the analysis and its explanation come from. */
export function readReply(text: string, locale: Locale, context: AnalysisContext = {}): ReplyReading {
  const { data, detectRegister, entities } = getLocale(locale);
  const raw = typeof text === 'string' ? text : '';
  const { tokens: typed, questionSentences } = tokenize(raw, data);
  // Style judges what was typed; meaning is read with shorthand spelled out.
  const tokens = expandShorthand(typed, data);
  const { register, cues } = detectRegister(raw, { tokens, questionSentences }, data);
  const openers = questionOpeners(locale, data.questionOpeners);
  const asking = new Set(questionSentences);
  const statements = statementOpeners(data);
  tokens.forEach((t, i) => {
    if (t.sentenceStart && openers.has(t.norm) && !statements.some((words) => words.every((word, k) => tokens[i + k]?.norm === word && tokens[i + k]!.sentence === t.sentence))) asking.add(t.sentence);
  });
  const builtIn = recognizeIntents(raw, tokens, data, questionSentences);
  const { intents, sentencesOf } = builtIn;
  const tagged = taggedQuestions(tokens, asking, data);
  const requesting = new Set([...[...asking].filter((sentence) => !tagged.has(sentence)), ...(sentencesOf['request-data'] ?? [])]);
  const analysis: ReplyAnalysis = {
    text,
    locale,
    normalized: normalizeText(raw, typed),
    tokens: tokens.map((t) => t.norm),
    register,
    cues,
    style: findStyleIssues(raw, typed, data, context.vocabulary),
    intents,
    intentSentences: sentencesOf,
    requestSentences: [...requesting].sort((a, b) => a - b),
    isQuestion: questionSentences.size > 0 || (tokens[0] !== undefined && asking.has(tokens[0].sentence)),
    tokenSentences: tokens.map((t) => t.sentence),
    tokenNegated: negationScope(tokens, data),
    tokenPending: holdPurposeScope(tokens, builtIn.cues, data),
    questionSentences: [...asking].sort((a, b) => a - b),
    entities: findEntities(raw, typed, entities),
  };
  return { analysis, tokens, builtIn };
}
