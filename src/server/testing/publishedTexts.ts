import { readFileSync } from 'node:fs';
import { compileScenario, loadScenario, replayReplies, scoreSession, type Report, type SessionLog } from '../../engine/index.ts';

const bundledText = (id: string) => readFileSync(new URL(`../../../scenarios/${id}.yaml`, import.meta.url), 'utf8');

/**
 * A trainer's own scenario: a bundled one under another id and title, as a trainer would start
 * from one in the studio. Its own test conversations come with it.
 */
export function trainerScenarioText(id: string, title: string, from = 'rc-auto-renewal'): string {
  const text = bundledText(from)
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^title: .*$/m, `title: ${title}`);
  if (!text.includes(`id: ${id}`) || !text.includes(`title: ${title}`)) throw new Error('the bundled scenario no longer starts with id and title lines');
  return text;
}

function testSession(text: string, testIndex: number, seed: number) {
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error(`the text does not load: ${loaded.problems[0]?.message}`);
  const test = loaded.scenario.tests[testIndex];
  if (!test) throw new Error(`no test ${testIndex}`);
  return replayReplies(compileScenario(loaded.scenario), test.replies, seed);
}

/** One of the text's own test conversations as the log a browser playing that text would send. */
export const textTestLog = (text: string, testIndex: number, seed = 1): SessionLog => testSession(text, testIndex, seed).log;

/** The report the engine gives that conversation on that text. */
export const textTestReport = (text: string, testIndex: number, seed = 1): Report => scoreSession(testSession(text, testIndex, seed));
