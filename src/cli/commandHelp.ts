/** Each command's usage line and help, the one place the CLI's words about itself are written. */
export const COMMANDS = {
  validate: {
    usage: 'galateo validate [files|dirs] [--lang it|en]',
    summary: 'check scenarios (default: scenarios/)',
    help: `Checks scenario files and prints every problem as file:line:column: message.
Folders are searched for .yaml and .yml files. Warnings (a text cut at '#', two intents whose
examples overlap, a keyword matched under a negation) are printed too but do not fail.
  --lang it|en   the language of the advice (default: from LANG, else en)`,
  },
  new: {
    usage: 'galateo new [file] [--lang it|en]',
    summary: 'start a scenario from a commented template',
    help: `Writes a small commented scenario that validates and whose test conversations pass,
to the file (which must not exist yet) or to standard output.
  --lang it|en   the template's language (default: from LANG, else en)`,
  },
  score: {
    usage: 'galateo score <scenario.yaml> <replies.json|.yaml>|--test NAME [--json] [--seed N] [--explain]',
    summary: 'replay timed replies and print the report',
    help: `Replays the agent's timed replies against the scenario and prints the report.
A replies file is {"replies": [{"delay": 4.5, "text": "Buongiorno..."}]}; delay is seconds since
the previous message from either side.
  --json        print exactly one JSON object
  --seed N      the session's seed (default 1): the same seed gives the same chat
  --test NAME   replay the scenario's own test conversation NAME (with its seed), no replies file
  --explain     after the report, each agent message with the intents and entities read in it
                and the cue that made each one (keyword, example, cue phrase, entity)`,
  },
  play: {
    usage: 'galateo play <scenario.yaml> [--seed N]',
    summary: 'play in the terminal, in real time',
    help: `Plays the scenario in the terminal on the real clock; /chiudi closes the chat.
  --seed N   the session's seed (default 1)`,
  },
  transcript: {
    usage: 'galateo transcript <scenario.yaml> <replies.json|.yaml> [--after S] [--seed N]',
    summary: 'the chat the replies make, without the score',
    help: `Replays the agent's timed replies and prints the chat as the trainee sees it, one line per
message, then whether the chat is still open. Nothing of the score is shown: write a replies file
one reply at a time, reading the customer's answer before writing the next.
  --after S  let time run until S seconds pass with no new message (default: until the chat ends)
  --seed N   the session's seed (default 1)`,
  },
  calibrate: {
    usage: 'galateo calibrate <folder> [--json] [--scenarios DIR]',
    summary: 'measure the scores against expert-graded chats',
    help: `Replays every graded conversation of a calibration panel (a folder of .json, .yaml or .yml
files, read at any depth; see calibration/README.md) and prints, for the tune half, the held-out
half and all: outcome agreement, the mean absolute error of the totals and of each dimension,
Spearman's rho per scenario, the clear pairs the engine reverses (the main ones also on the chats
still played as graded, when the panel recorded them), the rules charging points the experts did
not take away, and the tune half's conversations scored furthest from the experts.
  --json            print exactly one JSON object
  --scenarios DIR   where to find each conversation's scenario by its id (default scenarios/)`,
  },
  test: {
    usage: 'galateo test [files|dirs]',
    summary: "run the scenarios' test conversations",
    help: `Runs the test conversations written in each scenario and prints one line per
conversation, then "N passed, N failed". A failed conversation shows, for each agent message,
the intents and entities read in it and the cue that made each one.`,
  },
  analyze: {
    usage: 'galateo analyze [--locale it|en] [--scenario FILE] [file|-]',
    summary: 'analyse replies, one JSON object per line',
    help: `Reads replies, one per line, from the file or standard input, and prints for each
{"text", "register", "cues", "findings", "intents", "entities"}.
  --locale it|en    the replies' language (default it)
  --scenario FILE   also try the scenario's own intents (in its language): adds "scenarioIntents",
                    each with the cues that made it, and "negated", the cues a negation cancelled`,
  },
} as const;

export type CommandName = keyof typeof COMMANDS;

export const EXIT_CODES = `exit codes:
  0   done, nothing wrong
  1   the input has problems: an invalid scenario, a failed test conversation, a bad or missing file
  2   the command line is wrong: unknown command or option, missing argument
  70  internal error (a bug: please report it)`;

export function overview(): string {
  const rows = Object.values(COMMANDS).map(({ usage, summary }) => (usage.length < 62 ? `  ${usage.padEnd(62)}${summary}` : `  ${usage}\n  ${''.padEnd(62)}${summary}`));
  return `galateo: a training game for live-chat agents

usage:
${rows.join('\n')}
  galateo <command> --help                                      help on one command
  galateo --version                                             the version

${EXIT_CODES}`;
}

export function commandHelp(name: CommandName): string {
  const { usage, help } = COMMANDS[name];
  return `usage: ${usage}\n\n${help}\n\n${EXIT_CODES}`;
}

export const usageOf = (name: CommandName) => `usage: ${COMMANDS[name].usage}`;
