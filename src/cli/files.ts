import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileScenario, formatProblem, loadScenario, type AuthorLanguage, type CompiledScenario, type Problem } from '../engine/index.ts';

/** A failure the user can fix; printed as is, without a stack trace (exit code 1). */
export class UserError extends Error {}

/** A command line the CLI cannot run: unknown command or option, missing argument (exit code 2). */
export class UsageError extends UserError {}

const isScenarioFile = (name: string) => /\.ya?ml$/i.test(name);

/** The scenario files named on the command line: files as given, folders searched for .yaml/.yml. */
export function findScenarioFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UserError(`${path}: no such file or folder`);
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        const child = join(path, entry);
        if (statSync(child).isDirectory() || isScenarioFile(entry)) visit(child, false);
      }
    } else if (explicit || isScenarioFile(path)) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? 'unknown error'})`}`);
  }
}

export type ScenarioFileResult = { file: string; compiled: CompiledScenario; problems: []; warnings: Problem[] } | { file: string; compiled?: undefined; problems: Problem[]; warnings: Problem[] };

/** Reads and compiles one scenario; `checkIntents` also reads its own texts for overlapping intents (slower: validate does it). */
export function readScenarioFile(file: string, options: { language?: AuthorLanguage; checkIntents?: boolean } = {}): ScenarioFileResult {
  const loaded = loadScenario(readText(file), file, options);
  if (!loaded.ok) return { file, problems: loaded.problems, warnings: loaded.warnings };
  return { file, compiled: compileScenario(loaded.scenario), problems: [], warnings: loaded.warnings };
}

/** Reads and compiles one scenario, or stops with all its problems. */
export function requireScenario(file: string, language?: AuthorLanguage): CompiledScenario {
  const result = readScenarioFile(file, language === undefined ? {} : { language });
  if (!result.compiled) throw new UserError(result.problems.map(formatProblem).join('\n'));
  return result.compiled;
}
