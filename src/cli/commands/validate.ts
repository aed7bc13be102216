import { formatProblem, type AuthorLanguage } from '../../engine/index.ts';
import { findScenarioFiles, readScenarioFile } from '../files.ts';

const WARNING = { en: 'warning', it: 'avviso' } as const;

/** `galateo validate [files|dirs]`: every problem of every file, exit 1 if any; warnings are printed and do not fail. */
export function validate(paths: string[], language: AuthorLanguage): number {
  const files = findScenarioFiles(paths.length > 0 ? paths : ['scenarios']);
  if (files.length === 0) {
    console.error(`no scenario files (.yaml, .yml) in ${paths.join(', ') || 'scenarios'}`);
    return 1;
  }
  let problems = 0;
  for (const file of files) {
    const result = readScenarioFile(file, { language, checkIntents: true });
    for (const problem of result.problems) console.error(formatProblem(problem));
    for (const warning of result.warnings) console.log(formatProblem({ ...warning, message: `${WARNING[language]}: ${warning.message}` }));
    problems += result.problems.length;
    if (result.compiled) console.log(`✓ ${file}`);
  }
  if (problems > 0) {
    console.error(`${problems} problem${problems === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
    return 1;
  }
  console.log(`${files.length} scenario${files.length === 1 ? '' : 's'} valid`);
  return 0;
}
