import { linesTexts } from '../persona/chooseLines.ts';
import type { Scenario } from './scenarioSchema.ts';

/**
 * Every text of a scenario that says what the chat is about, one document each: the brief, what
 * the customer says, the expectations' questions and better replies, the intents' examples. The
 * reader of topics weighs words by how many of them use a word.
 */
export function scenarioTexts(scenario: Scenario): string[] {
  const texts: string[] = [scenario.brief];
  const reactions = [...scenario.anytime, ...scenario.defaults.silence];
  for (const state of Object.values(scenario.states)) {
    if (state.say !== undefined) texts.push(...linesTexts(state.say));
    if (state.otherwise?.say !== undefined) texts.push(...linesTexts(state.otherwise.say));
    reactions.push(...(state.on ?? []), ...(state.silence ?? []));
    for (const expectation of state.expect ?? []) texts.push(...linesTexts(expectation.followUp), expectation.better, expectation.explain);
  }
  for (const reaction of reactions) if (reaction.say !== undefined) texts.push(...linesTexts(reaction.say));
  for (const intent of Object.values(scenario.intents)) texts.push(...intent.examples);
  return texts;
}
