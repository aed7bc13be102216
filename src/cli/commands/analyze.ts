import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { analyzeReply, explainReply, type CompiledScenario, type Locale } from '../../engine/index.ts';
import { requireScenario, UsageError, UserError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';

/**
 * `galateo analyze [--locale it|en] [--scenario FILE] [file|-]`: one JSON object per input line;
 * with a scenario, in its language and with its own intents, each with the cues that made it.
 */
export async function analyze(args: string[], locale: Locale, scenarioFile?: string): Promise<number> {
  if (args.length > 1) throw new UsageError(usageOf('analyze'));
  const compiled: CompiledScenario | undefined = scenarioFile === undefined ? undefined : requireScenario(scenarioFile);
  const language = compiled?.scenario.locale ?? locale;
  const source = args[0] === undefined || args[0] === '-' ? process.stdin : createReadStream(args[0]);
  const opened = new Promise<void>((resolve, reject) => {
    source.once('error', (error: NodeJS.ErrnoException) => reject(new UserError(`${args[0]}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)));
    source.once('readable', () => resolve());
    source.once('end', () => resolve());
  });
  await opened;
  for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const analysis = analyzeReply(line, language);
    const explanation = compiled && explainReply(compiled, line);
    console.log(
      JSON.stringify({
        text: line,
        register: analysis.register,
        cues: analysis.cues,
        findings: analysis.style,
        intents: analysis.intents,
        entities: analysis.entities,
        ...(explanation ? { scenarioIntents: explanation.intents.filter((match) => match.source === 'scenario'), negated: explanation.negated } : {}),
      }),
    );
  }
  return 0;
}
