/** The format's rule for names of states, intents, lists and facts (NameSchema in scenarioSchema.ts). */
const NAME = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

export type NameVerdict = 'ok' | 'invalid' | 'taken';

/** Whether a new name can be given in a mapping that already holds `existing`. */
export function checkNewName(name: string, existing: readonly string[]): NameVerdict {
  if (!NAME.test(name)) return 'invalid';
  return existing.includes(name) ? 'taken' : 'ok';
}
