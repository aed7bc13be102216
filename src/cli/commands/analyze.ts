import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { analyzeReply, type Locale } from '../../engine/index.ts';
import { UsageError, UserError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';

/** `galateo analyze [--locale it|en] [file|-]`: one JSON object per input line. */
export async function analyze(args: string[], locale: Locale): Promise<number> {
  if (args.length > 1) throw new UsageError(usageOf('analyze'));
  const source = args[0] === undefined || args[0] === '-' ? process.stdin : createReadStream(args[0]);
  const opened = new Promise<void>((resolve, reject) => {
    source.once('error', (error: NodeJS.ErrnoException) => reject(new UserError(`${args[0]}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)));
    source.once('readable', () => resolve());
    source.once('end', () => resolve());
  });
  await opened;
  for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const analysis = analyzeReply(line, locale);
    console.log(
      JSON.stringify({
        text: line,
        register: analysis.register,
        cues: analysis.cues,
        findings: analysis.style,
        intents: analysis.intents,
        entities: analysis.entities,
      }),
    );
  }
  return 0;
}
