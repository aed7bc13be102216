import { parseArgs } from 'node:util';
import { analyze } from './commands/analyze.ts';
import { play } from './commands/play.ts';
import { score } from './commands/score.ts';
import { test } from './commands/test.ts';
import { validate } from './commands/validate.ts';
import { UserError } from './files.ts';

const USAGE = `galateo: a training game for live-chat agents

usage:
  galateo validate [files|dirs]                                   check scenarios (default: scenarios/)
  galateo score <scenario.yaml> <replies.json|.yaml> [--json] [--seed N]
                                                                  replay timed replies and print the report
  galateo play <scenario.yaml> [--seed N]                         play in the terminal, in real time
  galateo test [files|dirs]                                       run the scenarios' test conversations
  galateo analyze [--locale it|en] [file|-]                       analyse replies, one JSON object per line`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        seed: { type: 'string', default: '1' },
        locale: { type: 'string', default: 'it' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === undefined || command === 'help') {
    console.log(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UserError(`--seed must be a whole number from 0 to ${0xffffffff}, not "${values.seed}"`);
  const locale = values.locale;
  if (locale !== 'it' && locale !== 'en') throw new UserError(`--locale must be it or en, not "${locale}"`);

  switch (command) {
    case 'validate':
      return validate(args);
    case 'score':
      return score(args, { json: values.json, seed });
    case 'play':
      return play(args, { seed });
    case 'test':
      return test(args);
    case 'analyze':
      return analyze(args, locale);
    default:
      throw new UserError(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      console.error(`galateo: internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 70;
    }
  },
);
