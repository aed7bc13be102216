import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AuthorLanguage } from '../../engine/index.ts';
import { UsageError, UserError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';

/**
 * `galateo new [file] [--lang it|en]`: a commented scenario that validates and whose test
 * conversations pass, to change into one's own; printed, or written to a file that does not exist yet.
 */
export function newScenario(args: string[], language: AuthorLanguage): number {
  if (args.length > 1) throw new UsageError(usageOf('new'));
  const template = readFileSync(new URL(`../templates/scenario.${language}.yaml`, import.meta.url), 'utf8');
  const [file] = args;
  if (file === undefined) {
    process.stdout.write(template);
    return 0;
  }
  if (existsSync(file)) throw new UserError(`${file}: already exists; choose another name (nothing was written)`);
  try {
    writeFileSync(file, template, { flag: 'wx' });
  } catch (error) {
    throw new UserError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  console.log(file);
  return 0;
}
