/**
 * What the dictionary spelling check flags in text that is spelled right: the agents' replies of
 * the calibration panel (each with its scenario's vocabulary) and the formality corpus, which is
 * correctly spelled Italian. Every flag there is a false one, unless it is a real typo of the panel.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeReply } from '../src/engine/analysis/analyzeReply.ts';
import { compileScenario } from '../src/engine/compileScenario.ts';
import { loadScenario } from '../src/engine/scenario/loadScenario.ts';
import { repoRoot } from './accuracy.ts';

export interface SpellingFlags {
  /** Words of letters read. */
  words: number;
  /** Each flag as `typed → suggestion`, in order. */
  flags: string[];
}

const WORD = /\p{L}+/gu;

function flagsIn(texts: readonly string[], vocabularyOf: (index: number) => ReadonlySet<string> | undefined): SpellingFlags {
  let words = 0;
  const flags: string[] = [];
  texts.forEach((text, index) => {
    words += text.match(WORD)?.length ?? 0;
    const vocabulary = vocabularyOf(index);
    const analysis = analyzeReply(text, 'it', vocabulary ? { vocabulary } : {});
    for (const issue of analysis.style) if (issue.rule === 'spelling') flags.push(`${issue.excerpt} → ${issue.suggestion}`);
  });
  return { words, flags };
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** The agents' replies of the calibration panel, each read with its scenario's vocabulary. */
export function spellingOnPanel(panel = join(repoRoot, 'calibration', 'panel'), scenarios = join(repoRoot, 'scenarios')): SpellingFlags {
  const vocabularies = new Map<string, ReadonlySet<string>>();
  const vocabularyOf = (id: string) => {
    if (!vocabularies.has(id)) {
      const loaded = loadScenario(readFileSync(join(scenarios, `${id}.yaml`), 'utf8'), `${id}.yaml`);
      if (!loaded.ok) throw new Error(`scenario ${id} must be valid`);
      vocabularies.set(id, compileScenario(loaded.scenario).vocabulary);
    }
    return vocabularies.get(id)!;
  };
  const replies = jsonFiles(panel).flatMap((file) => {
    const conversation = JSON.parse(readFileSync(file, 'utf8')) as { scenario: string; replies: { text: string }[] };
    return conversation.replies.map((reply) => ({ text: reply.text, scenario: conversation.scenario }));
  });
  return flagsIn(
    replies.map((reply) => reply.text),
    (index) => vocabularyOf(replies[index]!.scenario),
  );
}

/** The lines of one file of the formality corpus (formal.it or informal.it). */
export function spellingOnCorpus(file: string, corpusDir = join(repoRoot, '..', 'shared', 'corpora', 'formality-it')): SpellingFlags {
  const lines = readFileSync(join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return flagsIn(lines, () => undefined);
}
