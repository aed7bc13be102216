import { refList } from './refList.ts';
import { BUILT_IN_INTENTS } from '../analysis/replyAnalysis.ts';
import { REPLY_SIGNALS } from '../persona/replySignals.ts';
import type { Scenario, SilenceStep, Transition } from './scenarioSchema.ts';
import type { DescribedIssue } from './describeIssue.ts';
import { findEntities } from '../analysis/entities/findEntities.ts';
import type { Entity } from '../analysis/entities/entity.ts';
import { tokenize } from '../analysis/tokenize.ts';
import { getLocale } from '../language/locales.ts';

type Path = (string | number)[];

/**
 * The checks a schema cannot express: every name refers to something that exists, and the persona
 * is a machine that can always finish. Mistakes here would otherwise surface mid-chat.
 */
export function checkScenario(scenario: Scenario): DescribedIssue[] {
  const issues: DescribedIssue[] = [];
  const report = (path: Path, message: string, key?: string) => issues.push({ path, message, ...(key ? { key } : {}) });

  const stateNames = Object.keys(scenario.states);
  const knownIntents = new Set<string>([...BUILT_IN_INTENTS, ...REPLY_SIGNALS, ...Object.keys(scenario.intents)]);
  const factNames = new Set(Object.keys(scenario.facts));

  for (const name of Object.keys(scenario.intents)) {
    if ((BUILT_IN_INTENTS as readonly string[]).includes(name) || (REPLY_SIGNALS as readonly string[]).includes(name)) {
      report(['intents'], `the intent "${name}" has the name of a built-in one; choose another name`, name);
    }
  }

  const checkIntentRefs = (refs: string | string[] | undefined, path: Path) => {
    for (const ref of refList(refs)) {
      if (!knownIntents.has(ref)) report(path, `unknown intent "${ref}": define it under intents, or use a built-in one (${suggest(ref, knownIntents)})`);
    }
  };
  const checkKeywords = (keywords: string[] | undefined, path: Path) => {
    keywords?.forEach((keyword, index) => {
      if (keyword.startsWith('@') && !(keyword.slice(1) in scenario.lists)) report([...path, index], `unknown list "${keyword.slice(1)}": define it under lists`);
    });
  };
  const checkFacts = (facts: string[] | undefined, path: Path) => {
    facts?.forEach((fact, index) => {
      if (!factNames.has(fact)) report([...path, index], `unknown fact "${fact}": define it under facts`);
    });
  };
  const checkEffect = (effect: Transition | SilenceStep, path: Path) => {
    if (effect.goto !== undefined && !(effect.goto in scenario.states)) {
      report([...path, 'goto'], `unknown state "${effect.goto}" (states: ${stateNames.join(', ')})`);
    }
    checkFacts(effect.set, [...path, 'set']);
  };
  const checkTransition = (transition: Transition, path: Path) => {
    checkIntentRefs(transition.when, [...path, 'when']);
    checkFacts(transition.if?.facts, [...path, 'if', 'facts']);
    checkFacts(transition.if?.missing, [...path, 'if', 'missing']);
    checkEffect(transition, path);
  };

  if (scenario.start !== undefined && !(scenario.start in scenario.states)) {
    report(['start'], `unknown state "${scenario.start}" (states: ${stateNames.join(', ')})`);
  }
  // Read also from a file whose shape is broken (loadScenario's meaningDespiteShape): tests may be missing.
  (scenario.tests ?? []).forEach((test, index) => {
    if (test.start === undefined) return;
    if (!(test.start.state in scenario.states)) report(['tests', index, 'start', 'state'], `unknown state "${test.start.state}" (states: ${stateNames.join(', ')})`);
    checkFacts(test.start.facts, ['tests', index, 'start', 'facts']);
  });
  Object.entries(scenario.intents).forEach(([name, intent]) => checkKeywords(intent.keywords, ['intents', name, 'keywords']));
  Object.entries(scenario.facts).forEach(([name, fact]) => checkKeywords(fact.keywords, ['facts', name, 'keywords']));
  scenario.anytime.forEach((transition, index) => checkTransition(transition, ['anytime', index]));
  scenario.defaults.silence.forEach((step, index) => checkEffect(step, ['defaults', 'silence', index]));
  scenario.console.record.forEach((line, index) => {
    if (line.fact === undefined) return;
    if (!factNames.has(line.fact)) report(['console', 'record', index, 'fact'], `unknown fact "${line.fact}": define it under facts`);
    else if (scenario.facts[line.fact]!.value === undefined) report(['console', 'record', index, 'fact'], `the fact "${line.fact}" has no value to show: give it a value, or write the line's value`);
  });
  scenario.console.canned.forEach((canned, index) => {
    // The console shows only what the agent knows: a name the customer has not given yet is not there.
    if (canned.text.includes('{customer}') && !scenario.customer.knownName)
      report(['console', 'canned', index, 'text'], "{customer} needs customer.knownName: the agent does not know the customer's name at the start");
  });

  for (const [name, state] of Object.entries(scenario.states)) {
    const path: Path = ['states', name];
    state.on?.forEach((transition, index) => checkTransition(transition, [...path, 'on', index]));
    state.silence?.forEach((step, index) => checkEffect(step, [...path, 'silence', index]));
    const ids = new Set<string>();
    state.expect?.forEach((expectation, index) => {
      checkIntentRefs(expectation.intent, [...path, 'expect', index, 'intent']);
      checkIntentRefs(expectation.due, [...path, 'expect', index, 'due']);
      if (ids.has(expectation.id)) report([...path, 'expect', index, 'id'], `the expectation id "${expectation.id}" is used twice in this state`);
      ids.add(expectation.id);
    });
    if (state.outcome !== undefined) {
      for (const key of ['on', 'silence', 'expect', 'otherwise'] as const) {
        if (state[key] !== undefined) report(path, `a state with an outcome ends the chat, so it cannot have "${key}"`, key);
      }
    }
  }

  const policy = scenario.policy;
  policy.forbidden.forEach((rule, index) => {
    checkIntentRefs(rule.intent, ['policy', 'forbidden', index, 'intent']);
    checkKeywords(rule.keywords, ['policy', 'forbidden', index, 'keywords']);
  });
  policy.required.forEach((rule, index) => checkIntentRefs(rule.intent, ['policy', 'required', index, 'intent']));
  policy.contradictions.forEach((rule, index) => {
    checkIntentRefs(rule.first, ['policy', 'contradictions', index, 'first']);
    checkIntentRefs(rule.then, ['policy', 'contradictions', index, 'then']);
  });

  // What trainees read (explanations, better phrasings) must not cite the authors' sources.
  const checkTraineeText = (text: string, path: Path) => {
    if (INTERNAL_REFERENCE.test(text)) report(path, `trainees read this text: leave out internal references such as "(seed 002)"; cite sources in a # comment`);
  };
  // A better phrasing is what the trainee could have written: it may only state what the brief gives.
  const briefFacts = new Set(factsStated(scenario.brief, scenario).map(factKey));
  const checkBetter = (text: string, path: Path) => {
    checkTraineeText(text, path);
    for (const fact of factsStated(text, scenario)) {
      if (!briefFacts.has(factKey(fact))) report(path, `the better phrasing states "${fact.text}", which the brief does not give: the trainee cannot know it (add it to the brief, or leave it out)`);
    }
  };
  for (const [name, state] of Object.entries(scenario.states)) {
    state.expect?.forEach((expectation, index) => {
      checkTraineeText(expectation.explain, ['states', name, 'expect', index, 'explain']);
      checkBetter(expectation.better, ['states', name, 'expect', index, 'better']);
    });
  }
  for (const kind of ['forbidden', 'required', 'contradictions'] as const) {
    policy[kind].forEach((rule, index) => {
      checkTraineeText(rule.explain, ['policy', kind, index, 'explain']);
      checkBetter(rule.better, ['policy', kind, index, 'better']);
    });
  }

  if (issues.length === 0) issues.push(...checkMachineShape(scenario));
  return issues;
}

/**
 * The facts a text states, as entities: codes, amounts, dates, times, windows, contacts, plates, and
 * limits promised to the customer ('entro 24 ore'); the agent's own holds ('un paio di minuti') are no fact.
 */
function factsStated(text: string, scenario: Scenario): Entity[] {
  const { data, entities } = getLocale(scenario.locale);
  return findEntities(text, tokenize(text, data).tokens, entities).filter((entity) => entity.type !== 'duration' || entity.deadline);
}
const factKey = (entity: Entity) => `${entity.type}:${entity.value}`;

/** A citation of the seed articles ('seed 002') in text a trainee reads. */
const INTERNAL_REFERENCE = /\bseeds?\s+\d{3}\b/i;

/** Every state is reachable, can reach an outcome, and does not wait forever for a silent agent. */
function checkMachineShape(scenario: Scenario): DescribedIssue[] {
  const issues: DescribedIssue[] = [];
  const names = Object.keys(scenario.states);
  const start = scenario.start ?? names[0]!;

  const silenceOf = (name: string) => scenario.states[name]!.silence ?? scenario.defaults.silence;
  const exitsOf = (name: string): { goto?: string | undefined; outcome?: string | undefined }[] => {
    const state = scenario.states[name]!;
    if (state.outcome !== undefined) return [];
    return [...scenario.anytime, ...(state.on ?? []), ...silenceOf(name)];
  };

  const reachable = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const exit of exitsOf(queue.shift()!)) {
      if (exit.goto !== undefined && !reachable.has(exit.goto)) {
        reachable.add(exit.goto);
        queue.push(exit.goto);
      }
    }
  }

  const endsChat = new Set(names.filter((name) => scenario.states[name]!.outcome !== undefined || exitsOf(name).some((exit) => exit.outcome !== undefined)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of names) {
      if (!endsChat.has(name) && exitsOf(name).some((exit) => exit.goto !== undefined && endsChat.has(exit.goto))) {
        endsChat.add(name);
        grew = true;
      }
    }
  }

  // Following the last silence step of each state must end the chat, or a silent agent keeps it open forever.
  const silentLoop = (from: string): boolean => {
    const seen = new Set<string>();
    let current: string | undefined = from;
    while (current !== undefined && scenario.states[current]!.outcome === undefined) {
      if (seen.has(current)) return true;
      seen.add(current);
      const steps = silenceOf(current);
      const last = steps[steps.length - 1];
      if (!last || last.outcome !== undefined) return false;
      current = last.goto;
    }
    return false;
  };

  for (const name of names) {
    const state = scenario.states[name]!;
    const path = ['states', name];
    if (!reachable.has(name)) issues.push({ path, message: `the state "${name}" can never be reached: no transition or timer leads to it from "${start}"` });
    if (!endsChat.has(name)) issues.push({ path, message: `from the state "${name}" the chat can never end: no path leads to an outcome` });
    if (state.outcome === undefined) {
      const silence = silenceOf(name);
      const last = silence[silence.length - 1];
      if (!last) {
        issues.push({ path, message: `dead end: if the agent stops writing in "${name}", the customer waits forever; add silence steps (or defaults.silence)` });
      } else if (last.goto === undefined && last.outcome === undefined) {
        issues.push({
          path: state.silence ? [...path, 'silence', silence.length - 1] : ['defaults', 'silence', silence.length - 1],
          message: `the last silence step must move on (goto or outcome), or a silent agent leaves the customer in "${name}" forever`,
        });
      } else if (silentLoop(name)) {
        issues.push({ path, message: `if the agent stays silent from "${name}", the silence steps lead round in a circle and the chat never ends` });
      }
    }
  }
  return issues;
}

function suggest(ref: string, known: Set<string>): string {
  const close = [...known].filter((name) => name.includes(ref.slice(0, 4)) || ref.includes(name.slice(0, 4))).slice(0, 4);
  return close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : `e.g. ${BUILT_IN_INTENTS.slice(0, 4).join(', ')}`;
}
