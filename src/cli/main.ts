import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { commandHelp, COMMANDS, overview, type CommandName } from './commandHelp.ts';
import { analyze } from './commands/analyze.ts';
import { calibrate } from './commands/calibrate.ts';
import { play } from './commands/play.ts';
import { score } from './commands/score.ts';
import { test } from './commands/test.ts';
import { transcript } from './commands/transcript.ts';
import { validate } from './commands/validate.ts';
import { newScenario } from './commands/newScenario.ts';
import { UsageError, UserError } from './files.ts';
import { AUTHOR_LANGUAGES, isAuthorLanguage, isLocale, LOCALE_CODES, prepareLocales, type AuthorLanguage } from '../engine/index.ts';

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return `galateo ${pkg.version}`;
}

/** The language of messages to a scenario's author: --lang, else the environment's LANG (it_IT.UTF-8 → it), else English. */
function authorLanguage(flag: string | undefined): AuthorLanguage {
  if (flag !== undefined) {
    if (!isAuthorLanguage(flag)) throw new UsageError(`--lang must be one of ${AUTHOR_LANGUAGES.join(', ')}, not "${flag}"`);
    return flag;
  }
  const fromEnvironment = (process.env.LANG ?? '').slice(0, 2).toLowerCase();
  return isAuthorLanguage(fromEnvironment) ? fromEnvironment : 'en';
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        seed: { type: 'string', default: '1' },
        after: { type: 'string' },
        locale: { type: 'string', default: 'it' },
        scenarios: { type: 'string', default: 'scenarios' },
        scenario: { type: 'string' },
        lang: { type: 'string' },
        explain: { type: 'boolean', default: false },
        test: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${overview()}`);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    console.log(version());
    return 0;
  }
  if (command === 'help' && isCommand(args[0])) {
    console.log(commandHelp(args[0]));
    return 0;
  }
  if (values.help && isCommand(command)) {
    console.log(commandHelp(command));
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    console.log(overview());
    return command === undefined && !values.help ? 2 : 0;
  }
  if (!isCommand(command)) throw new UsageError(`unknown command "${command}"\n\n${overview()}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed must be a whole number from 0 to ${0xffffffff}, not "${values.seed}"`);
  const locale = values.locale;
  if (!isLocale(locale)) throw new UsageError(`--locale must be one of ${LOCALE_CODES.join(', ')}, not "${locale}"`);

  const after = values.after === undefined ? undefined : Number(values.after);
  if (after !== undefined && !(Number.isFinite(after) && after >= 0 && after <= 3600)) throw new UsageError(`--after must be a number of seconds from 0 to 3600, not "${values.after}"`);

  const language = authorLanguage(values.lang);

  // Every command reads replies or scenarios in any locale: their language packs come first.
  await prepareLocales(LOCALE_CODES);

  switch (command) {
    case 'validate':
      return validate(args, language);
    case 'new':
      return newScenario(args, language);
    case 'score':
      return score(args, { json: values.json, seed, explain: values.explain, test: values.test, language });
    case 'play':
      return play(args, { seed });
    case 'test':
      return test(args, language);
    case 'transcript':
      return transcript(args, { seed, after });
    case 'analyze':
      return analyze(args, locale, values.scenario);
    case 'calibrate':
      return calibrate(args, { json: values.json, scenarios: values.scenarios });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      console.error(error.message);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    } else {
      console.error(`galateo: internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 70;
    }
  },
);
