import type { CompiledScenario } from '../compileScenario.ts';
import { refList } from '../scenario/refList.ts';
import type { Transition } from '../scenario/scenarioSchema.ts';
import type { ReplyExplanation } from './explainReply.ts';

/**
 * One reaction of a state checked against a reply. `index` is its place in the list of the state's
 * reactions as the persona reads them, the scenario's `anytime` ones first, then the state's `on`.
 * `why` is a code and its details, so that each interface words it in its own language:
 * - `fired`: this reaction is the one taken; details, the intents of `when` the reply has;
 * - `intent-missing`: the reply has none of `when`; details, the intents of `when`;
 * - `facts-missing`: `if.facts` not all known; details, the facts not known;
 * - `facts-known`: `if.missing` not all unknown; details, the facts already known;
 * - `mood`: the mood guard fails; details, `below` or `atLeast` and its value;
 * - `earlier-fired`: it would apply, but another came first; details, that one's index (or
 *   `asks-card-data` when the customer's built-in worry about card data comes first).
 */
export interface TransitionCheck {
  index: number;
  when: string[];
  fired: boolean;
  why: { code: 'fired' | 'intent-missing' | 'facts-missing' | 'facts-known' | 'mood' | 'earlier-fired'; detail: string[] };
}

type Why = TransitionCheck['why'];

/** Whether the reaction's `when` and `if` hold, the persona's own test, and if not the first reason why not. */
function check(transition: Transition, said: ReadonlySet<string>, context: { facts: readonly string[]; mood: number }): Why {
  const when = refList(transition.when);
  const heard = when.filter((intent) => said.has(intent));
  if (heard.length === 0) return { code: 'intent-missing', detail: [...when] };
  const known = new Set(context.facts);
  const guard = transition.if;
  const unknown = (guard?.facts ?? []).filter((fact) => !known.has(fact));
  if (unknown.length > 0) return { code: 'facts-missing', detail: unknown };
  const already = (guard?.missing ?? []).filter((fact) => known.has(fact));
  if (already.length > 0) return { code: 'facts-known', detail: already };
  if (guard?.mood?.below !== undefined && !(context.mood < guard.mood.below)) return { code: 'mood', detail: ['below', String(guard.mood.below)] };
  if (guard?.mood?.atLeast !== undefined && !(context.mood >= guard.mood.atLeast)) return { code: 'mood', detail: ['atLeast', String(guard.mood.atLeast)] };
  return { code: 'fired', detail: heard };
}

/**
 * Which of a state's reactions a reply sets off in a context (the facts known, the mood), and why
 * each other one does not, tried in the persona's order: a transfer of the state first (a transfer
 * said in any words is a transfer), then the reactions to card data asked for (the customer's
 * built-in worry when the scenario has none), the other `anytime` ones, then the state's own.
 * Follow-up questions are not weighed here: they depend on the chat so far, not on one reply.
 */
export function explainTransitions(compiled: CompiledScenario, state: string, context: { facts: readonly string[]; mood: number }, explanation: ReplyExplanation): TransitionCheck[] {
  const { scenario } = compiled;
  const anytime = scenario.anytime;
  const own = scenario.states[state]?.on ?? [];
  const all = [...anytime, ...own];
  const said = new Set(['any', ...explanation.intents.map((match) => match.intent)]);
  const reactsToCardData = (index: number) => index < anytime.length && refList(all[index]!.when).includes('asks-card-data');
  const transfer = (index: number) => index >= anytime.length && all[index]!.outcome === 'escalated';
  const indexes = all.map((_, index) => index);
  const order = [
    ...indexes.filter(transfer),
    ...indexes.filter(reactsToCardData),
    ...indexes.filter((i) => i < anytime.length && !reactsToCardData(i)),
    ...indexes.filter((i) => i >= anytime.length && !transfer(i)),
  ];
  const builtInWorry = said.has('asks-card-data') && !indexes.some(reactsToCardData);
  const firstOwnCardStep = order.findIndex((i) => !transfer(i));
  const checks = new Map<number, TransitionCheck>();
  let fired: string | undefined;
  order.forEach((index, step) => {
    if (builtInWorry && step === firstOwnCardStep && fired === undefined) fired = 'asks-card-data';
    const why = check(all[index]!, said, context);
    const checked: TransitionCheck = { index, when: [...refList(all[index]!.when)], fired: false, why };
    if (why.code === 'fired') {
      if (fired === undefined) {
        checked.fired = true;
        fired = String(index);
      } else checked.why = { code: 'earlier-fired', detail: [fired] };
    }
    checks.set(index, checked);
  });
  return indexes.map((index) => checks.get(index)!);
}
