import { createInterface } from 'node:readline';
import { ChatSession, ruleTexts, scoreSession, type ChatMessage } from '../../engine/index.ts';
import { formatReport } from '../formatReport.ts';
import { requireScenario, UsageError } from '../files.ts';
import { usageOf } from '../commandHelp.ts';
import { clockTime, printable } from '../chatText.ts';

const TICK_MS = 100;

/** `galateo play <scenario>`: the chat in the terminal, in real time; nudges and leaving happen live. */
export function play(args: string[], options: { seed: number }): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError(usageOf('play'));
  const compiled = requireScenario(file);
  const { scenario } = compiled;
  const words = ruleTexts(scenario.locale);
  const text = { intro: words.word('chat.intro'), typing: words.word('chat.typing'), ended: words.word('chat.ended'), you: words.word('report.agent') };
  const out = process.stdout;
  const session = new ChatSession(compiled, options.seed);
  const started = Date.now();
  const elapsed = () => Date.now() - started;

  out.write(`\n${scenario.title}\n${scenario.brief.trim()}\n\n${text.intro}\n\n`);
  const rl = createInterface({ input: process.stdin, output: out, prompt: '> ' });
  const print = (line: string) => {
    if (out.isTTY) out.write('\r\x1b[K');
    out.write(`${line}\n`);
    rl.prompt(true);
  };

  let typingShown = false;
  session.onMessage((message: ChatMessage) => {
    if (message.from === 'agent') return;
    typingShown = false;
    const who = message.from === 'customer' ? scenario.customer.name : (message.name ?? '');
    print(`[${clockTime(message.at)}] ${who}: ${printable(message.text)}`);
  });

  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(timer);
      rl.close();
      out.write(`\n${text.ended}\n\n${formatReport(scoreSession(session))}\n`);
      resolve(0);
    };
    const timer = setInterval(() => {
      session.advanceTo(elapsed());
      if (session.personaTyping && !typingShown) {
        typingShown = true;
        print(`${scenario.customer.name} ${text.typing}`);
      }
      if (session.ended && !session.personaTyping) finish();
    }, TICK_MS);
    rl.on('line', (line) => {
      if (done) return;
      if (line.trim() === '/chiudi' || line.trim() === '/close') {
        session.close(elapsed());
        finish();
        return;
      }
      if (line.trim() !== '') {
        const sent = session.reply(line, elapsed());
        // Replace the echoed input with the message as the chat shows it, time-stamped.
        if (sent && out.isTTY) out.write('\x1b[1A\r\x1b[K');
        if (sent) print(`[${clockTime(sent.at)}] ${text.you}: ${printable(sent.text)}`);
      } else {
        rl.prompt();
      }
    });
    rl.on('close', () => {
      if (!done) session.close(elapsed());
      finish();
    });
    rl.prompt();
  });
}
