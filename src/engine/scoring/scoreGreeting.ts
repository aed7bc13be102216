import { getLanguageData } from '../language/locales.ts';
import { CHANNELS } from '../scenario/channels.ts';
import { ruleFinding, hasIntent, type DimensionScore, type ScoringInput } from './scoringInput.ts';
import type { Finding } from './reportSchema.ts';

/** Points of each greeting check (seed 000 and QA scorecards): they add up to 100. */
const POINTS = { firstMove: 20, salutation: 20, welcome: 10, introduction: 30, company: 30, offerHelp: 10, customerName: 10 };
/**
 * A welcome later than the acceptable wait costs up to this much more, in full at twice that wait:
 * seed 000's customer waited 'quasi un minuto' and had to start the chat himself.
 */
const LATE_WELCOME = 25;

/** The welcome: the agent's first message and any sent before the customer answers it. */
export function openingMessages(input: Omit<ScoringInput, 'phases'>): number[] {
  const first = input.messages.findIndex((message) => message.from === 'agent');
  if (first < 0) return [];
  const opening = [first];
  for (let i = first + 1; i < input.messages.length && input.messages[i]!.from === 'agent'; i++) opening.push(i);
  return opening;
}

const mentions = (text: string, name: string, fillers: readonly string[]) => {
  const words = name
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !fillers.includes(word));
  const lower = text.toLocaleLowerCase();
  return words.some((word) => lower.includes(word));
};

export function scoreGreeting(input: ScoringInput): DimensionScore {
  const opening = openingMessages(input);
  const first = opening[0];
  if (first === undefined) {
    const findings = [ruleFinding(input, 'greeting.missing', { message: null, points: 100 })];
    return { findings };
  }
  const { scenario } = input.compiled;
  const thresholds = scenario.scoring.responseTime;
  const replies = opening.map((index) => input.replies.find((reply) => reply.index === index));
  const text = opening.map((index) => input.messages[index]!.text).join('\n');
  const said = (...intents: string[]) => replies.some((reply) => hasIntent(reply, ...intents));
  const findings: Finding[] = [];

  const firstMessage = input.messages[first]!;
  const customerWroteFirst = input.messages.slice(0, first).some((message) => message.from === 'customer' && message.kind === 'nudge');
  const seconds = Math.round(firstMessage.at / 100) / 10;
  const greetsFirst = CHANNELS[scenario.channel].agentGreetsFirst;
  const lateness = LATE_WELCOME * Math.min(1, Math.max(0, (seconds - thresholds.acceptable) / thresholds.acceptable));
  if (customerWroteFirst && greetsFirst) {
    findings.push(ruleFinding(input, 'greeting.first-move', { message: first, points: POINTS.firstMove + lateness, values: { seconds } }));
  } else if (seconds > thresholds.excellent && greetsFirst) {
    const late = seconds > thresholds.acceptable ? POINTS.firstMove + lateness : POINTS.firstMove / 2;
    findings.push(ruleFinding(input, 'greeting.late-first-move', { message: first, points: late, values: { seconds } }));
  }

  if (!said('greeting')) {
    const bare = replies.find((reply) => hasIntent(reply, 'bare-presence'));
    if (bare) findings.push(ruleFinding(input, 'greeting.bare-presence', { message: bare.index, points: POINTS.salutation, excerpt: input.messages[bare.index]!.text }));
    else findings.push(ruleFinding(input, 'greeting.salutation', { message: first, points: POINTS.salutation }));
  }
  const { companyFillerWords: fillers, welcomeWords } = getLanguageData(scenario.locale).greeting;
  const welcomes = new Set(welcomeWords);
  if (CHANNELS[scenario.channel].welcomesCustomer && !replies.some((reply) => reply?.analysis.tokens.some((token) => welcomes.has(token)))) {
    findings.push(ruleFinding(input, 'greeting.welcome', { message: first, points: POINTS.welcome }));
  }
  if (!said('introduction') && !mentions(text, scenario.agent, fillers)) {
    findings.push(ruleFinding(input, 'greeting.introduction', { message: first, points: POINTS.introduction }));
  }
  if (!mentions(text, scenario.company, fillers)) {
    findings.push(ruleFinding(input, 'greeting.company', { message: first, points: POINTS.company }));
  }
  const nameKnown = scenario.customer.knownName;
  if (!said('offer-help')) {
    findings.push(ruleFinding(input, 'greeting.offer-help', { message: first, points: nameKnown ? POINTS.offerHelp : POINTS.offerHelp + POINTS.customerName }));
  }
  if (nameKnown && !mentions(text, scenario.customer.name, fillers)) {
    findings.push(ruleFinding(input, 'greeting.customer-name', { message: first, points: POINTS.customerName }));
  }
  return { findings };
}
