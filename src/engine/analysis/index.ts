export { analyzeReply } from './analyzeReply.ts';
export { createIntentMatcher } from './createIntentMatcher.ts';
export { normalizeText, normalizeWord } from './normalizeText.ts';
export { tokenize, type Token, type Tokenized } from './tokenize.ts';
export { detectRegister, type RegisterResult } from './detectRegister.ts';
export { findStyleIssues } from './findStyleIssues.ts';
export { recognizeIntents } from './recognizeIntents.ts';
export { damerauLevenshtein, allowedDistance, stem, wordsMatch, FuzzyIndex } from './fuzzyMatch.ts';
export * from './replyAnalysis.ts';
