import { PHASES, type Phase } from '../scenario/phases.ts';
import { dimensionPhase } from './dimensions/index.ts';
import type { Finding } from './reportSchema.ts';
import { closingReplies } from './scoreClosure.ts';
import { openingMessages } from './scoreGreeting.ts';
import { hasIntent, type ScoringInput } from './scoringInput.ts';

/**
 * The three phases of a chat (seed 003: welcome, handling, closing), as in the dissected chat of
 * seed 000. A state's `phase` decides where the scenario says so; otherwise the welcome is the
 * opening and the agent's closing words start the closing. Phases only move forward.
 */
export function phaseOfMessages(input: Omit<ScoringInput, 'phases'>): Phase[] {
  const opening = openingMessages(input);
  const openingEnd = opening[opening.length - 1] ?? -1;
  const closingStart = closingReplies(input).find((reply) => reply.index > openingEnd && hasIntent(reply, 'thanks', 'anything-else', 'closing-announce', 'goodbye'))?.index ?? Number.POSITIVE_INFINITY;
  const phases: Phase[] = [];
  let current = 0;
  input.messages.forEach((message, index) => {
    const explicit = input.compiled.scenario.states[message.state]?.phase;
    const guessed: Phase = index <= openingEnd ? 'opening' : index >= closingStart ? 'closing' : 'handling';
    current = Math.max(current, PHASES.indexOf(explicit ?? guessed));
    phases.push(PHASES[current]!);
  });
  return phases;
}

export function phaseOfFinding(finding: Finding, phases: readonly Phase[]): Phase {
  if (finding.message !== null && phases[finding.message]) return phases[finding.message]!;
  return dimensionPhase(finding.dimension);
}
