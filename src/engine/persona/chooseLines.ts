import type { Line, Lines } from '../scenario/scenarioSchema.ts';
import { nextRandom } from './seededRandom.ts';

export interface PersonaLine {
  text: string;
  /** Set when an onlooker, not the customer, writes the line. */
  by?: string;
}

export interface Choice {
  lines: PersonaLine[];
  /** How many times this set of lines has been used, or for shuffle the last pick + 1. */
  counter: number;
  random: number;
}

const toPersonaLine = (line: Line): PersonaLine => (typeof line === 'string' ? { text: line } : { text: line.text, by: line.by });

/** Picks what is said this time from a `say`, following its variant rule. */
export function chooseLines(lines: Lines, counter: number, random: number): Choice {
  if (typeof lines === 'string' || Array.isArray(lines) || 'text' in lines) {
    const all = Array.isArray(lines) ? lines : [lines];
    return { lines: all.map(toPersonaLine), counter: counter + 1, random };
  }
  if ('cycle' in lines) {
    return { lines: [toPersonaLine(lines.cycle[counter % lines.cycle.length]!)], counter: counter + 1, random };
  }
  if ('sequence' in lines) {
    return { lines: [toPersonaLine(lines.sequence[Math.min(counter, lines.sequence.length - 1)]!)], counter: counter + 1, random };
  }
  if ('once' in lines) {
    const line = lines.once[counter];
    return { lines: line === undefined ? [] : [toPersonaLine(line)], counter: counter + 1, random };
  }
  const variants = lines.shuffle;
  const drawn = nextRandom(random);
  let pick = Math.floor(drawn.value * variants.length);
  // Never the same variant twice in a row: a person rephrases.
  if (variants.length > 1 && pick === counter - 1) pick = (pick + 1) % variants.length;
  return { lines: [toPersonaLine(variants[pick]!)], counter: pick + 1, random: drawn.state };
}

/** Deterministic typing time: the customer's 'sta scrivendo...' grows with the length of the message. */
export function typingMs(text: string): number {
  return Math.min(7000, 900 + 35 * Math.min(text.length, 400));
}

/** Every text a `say` may produce, whatever its variant rule. */
export function linesTexts(lines: Lines): string[] {
  if (typeof lines === 'string') return [lines];
  if (Array.isArray(lines)) return lines.map((line) => toPersonaLine(line).text);
  if ('text' in lines) return [lines.text];
  const variants = 'cycle' in lines ? lines.cycle : 'sequence' in lines ? lines.sequence : 'once' in lines ? lines.once : lines.shuffle;
  return variants.map((line) => toPersonaLine(line).text);
}
