/** Accuracy of the reply-understanding module: register on the formality corpus, intents on the hand-labelled set. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyzeReply } from '../src/engine/analysis/analyzeReply.ts';
import { createIntentMatcher } from '../src/engine/analysis/createIntentMatcher.ts';
import type { IntentDefinition } from '../src/engine/analysis/replyAnalysis.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface RegisterAccuracy {
  /** Share of formal lines judged formal. */
  formal: number;
  /** Share of informal lines judged informal. */
  informal: number;
  /** Share of all lines judged the opposite way. */
  opposite: number;
  /** Share of formal lines judged informal, and of informal lines judged formal. */
  formalJudgedInformal: number;
  informalJudgedFormal: number;
}

export function measureRegisterAccuracy(corpusDir = join(repoRoot, '..', 'shared', 'corpora', 'formality-it')): RegisterAccuracy {
  const read = (kind: string) =>
    readFileSync(join(corpusDir, `${kind}.it`), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
  const score = (kind: 'formal' | 'informal') => {
    const lines = read(kind);
    let right = 0;
    let wrong = 0;
    for (const line of lines) {
      const { register } = analyzeReply(line, 'it');
      if (register === kind) right++;
      else if (register !== 'unknown') wrong++;
    }
    return { right, wrong, total: lines.length };
  };
  const f = score('formal');
  const i = score('informal');
  return {
    formal: f.right / f.total,
    informal: i.right / i.total,
    opposite: (f.wrong + i.wrong) / (f.total + i.total),
    formalJudgedInformal: f.wrong / f.total,
    informalJudgedFormal: i.wrong / i.total,
  };
}

interface IntentSet {
  customIntents: Record<string, IntentDefinition>;
  replies: { text: string; intents: string[]; heldOut?: boolean }[];
}

export interface IntentAccuracy {
  overall: number;
  heldOut: number;
  tuned: number;
  misses: { text: string; expected: string[]; got: string[] }[];
}

export function measureIntentAccuracy(setPath = join(repoRoot, 'bench', 'data', 'intent-set.it.yaml')): IntentAccuracy {
  const set = parse(readFileSync(setPath, 'utf8')) as IntentSet;
  const matcher = createIntentMatcher(set.customIntents, 'it');
  let right = 0;
  let heldRight = 0;
  let heldTotal = 0;
  const misses: IntentAccuracy['misses'] = [];
  for (const reply of set.replies) {
    const analysis = analyzeReply(reply.text, 'it');
    const got = [...analysis.intents, ...matcher.match(analysis)].sort();
    const expected = [...reply.intents].sort();
    const ok = got.length === expected.length && got.every((g, k) => g === expected[k]);
    if (ok) right++;
    else misses.push({ text: reply.text, expected, got });
    if (reply.heldOut) {
      heldTotal++;
      if (ok) heldRight++;
    }
  }
  const tunedTotal = set.replies.length - heldTotal;
  return {
    overall: right / set.replies.length,
    heldOut: heldRight / heldTotal,
    tuned: (right - heldRight) / tunedTotal,
    misses,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const reg = measureRegisterAccuracy(process.argv[2]);
  console.log(`register: formal ${pct(reg.formal)}, informal ${pct(reg.informal)}, opposite ${pct(reg.opposite)}`);
  const int = measureIntentAccuracy();
  console.log(`intents: overall ${pct(int.overall)}, held-out ${pct(int.heldOut)}, tuned part ${pct(int.tuned)}`);
  if (process.env.SHOW_MISSES) for (const m of int.misses) console.log(`  ${m.text}\n    expected ${m.expected.join(',')} got ${m.got.join(',')}`);
}
