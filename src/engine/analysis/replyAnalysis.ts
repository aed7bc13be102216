/** The contract between reply understanding and the rest of the engine. */

import type { Locale } from '../language/locales.ts';
import type { EntityType } from './entities/entity.ts';
import type { Entity } from './entities/entity.ts';

export type { Locale };

export type Register = 'formal' | 'informal' | 'unknown';

/** A word or phrase in the raw text that tells the register (Lei vs tu). */
export interface RegisterCue {
  text: string;
  register: 'formal' | 'informal';
  strength: 'strong' | 'weak';
  /** Offsets in the raw text, so the debrief can highlight the cue. */
  start: number;
  end: number;
}

/** Problems of professional writing found in one reply, independent of the conversation. */
export type StyleRule = 'shorthand' | 'all-caps' | 'repeated-punctuation' | 'emoji' | 'joke' | 'jargon' | 'absolute-promise' | 'spelling';

export interface StyleIssue {
  rule: StyleRule;
  /** The offending text as typed. */
  excerpt: string;
  start: number;
  end: number;
  /** A better way to write it, when one is known (e.g. 'comunque' for 'cmq'). */
  suggestion?: string;
}

/**
 * Built-in intents every scenario can use in transitions and every scorer relies on.
 * Their cue phrases live in the locale data files.
 */
export const BUILT_IN_INTENTS = [
  'greeting', // Buongiorno, Salve, Benvenuto
  'bare-presence', // 'eccomi', 'ci sono': presence without a greeting
  'introduction', // 'sono Giulia', 'mi chiamo', 'il mio nome è'
  'offer-help', // 'come posso aiutarLa?', 'in cosa posso esserLe utile?'
  'apology', // 'mi scusi', 'ci scusiamo per il disagio'
  'empathy', // 'comprendo il disagio', 'capisco la Sua frustrazione'
  'ownership', // 'me ne occupo io', 'prendo in carico'
  'hold', // 'un attimo, verifico', 'mi conceda un paio di minuti'
  'wait-time', // states an expected wait: 'entro 20 minuti', 'in 24 ore'
  'transfer', // 'la trasferisco a un collega / al responsabile'
  'escalation-refusal', // 'non posso passarLa a un responsabile'
  'reference-number', // 'il numero della pratica è', 'ticket n.'
  'request-data', // asks the customer for information
  'card-data', // names payment-card data: 'il numero della carta', 'il CVV' (asking for it in chat is forbidden)
  'thanks', // 'La ringrazio', 'grazie per averci contattato'
  'anything-else', // 'c'è altro in cui posso aiutarLa?'
  'closing-announce', // 'se non ha altre domande chiudo la chat'
  'goodbye', // 'arrivederci', 'buona giornata'
  'cheerful', // exclamations and stock cheer: 'Fantastico!', 'Che bello!'
  'robotic', // stock copy-paste formulas: 'La sua richiesta è importante per noi'
  'dismissive', // reproach or brush-off of the customer: 'gliel'ho già detto', 'non insista', 'funziona così'
] as const;

export type BuiltInIntent = (typeof BUILT_IN_INTENTS)[number];

export interface ReplyAnalysis {
  text: string;
  locale: Locale;
  /** Lower case, accents kept, apostrophes and spaces unified, letter runs shortened. */
  normalized: string;
  /** Words of `normalized`, with shorthand spelled out (grz → grazie) so intents read the meaning. */
  tokens: string[];
  /** Register judged from the raw text of this reply alone. */
  register: Register;
  cues: RegisterCue[];
  style: StyleIssue[];
  /** Built-in intents recognised in the reply, in the order of BUILT_IN_INTENTS. */
  intents: BuiltInIntent[];
  /** For each of `intents`, the sentences it was read in. */
  intentSentences: Partial<Record<BuiltInIntent, number[]>>;
  /** The sentences that ask the customer for something: a question, or a request ('mi scriva il numero'). Telling them not to is no request. */
  requestSentences: number[];
  /** True when the reply asks something (question mark or interrogative form). */
  isQuestion: boolean;
  /** For each of `tokens`, the index of its sentence, so meaning can be read sentence by sentence. */
  tokenSentences: number[];
  /** For each of `tokens`, whether a negation before it in its clause covers it. */
  tokenNegated: boolean[];
  /** For each of `tokens`, whether it tells what the agent will do during an announced hold ('un minuto per generare il link'): announced, not done. */
  tokenPending: boolean[];
  /** The sentences that ask something (a question mark, or an interrogative opening). */
  questionSentences: number[];
  /** What the reply states by type, in text order: codes, times, dates, durations, amounts, contacts, plates. */
  entities: Entity[];
}

/** A scenario intent: example phrases and keywords, with named lists already expanded into keywords. */
export interface IntentDefinition {
  examples: string[];
  keywords: string[];
  /** 'request': it counts only in a sentence that asks the customer for something, never one that tells them not to. */
  act?: 'request';
  /** Entities a sentence may state to express it: a type, or a type and its value. */
  entities?: readonly (EntityType | { type: EntityType; value: string })[];
}

/**
 * Why a scenario intent counted: a keyword or an example as the scenario writes it, and the reply's
 * tokens (indexes into `ReplyAnalysis.tokens`) that met it; or an entity the sentence states.
 */
export type ScenarioCue = { kind: 'keyword' | 'example'; phrase: string; tokens: number[] } | { kind: 'entity'; phrase: string; tokens: []; entity: Entity };

/** The scenario intents a reply expresses with their cues, and the cues a negation cancelled for the others. */
export interface ScenarioIntentCues {
  matched: { intent: string; cues: ScenarioCue[] }[];
  negated: { intent: string; cue: ScenarioCue }[];
}

/** Recognises scenario intents in analysed replies; built once per scenario. */
export interface IntentMatcher {
  /** Names of the scenario intents the reply expresses, in definition order. */
  match(analysis: ReplyAnalysis): string[];
  /** The same reading as `match`, with the reasons: every cue that counted, in each sentence. */
  explain(analysis: ReplyAnalysis): ScenarioIntentCues;
  /** True when the reply (or one of its sentences) mentions any of the given keywords (tolerating typos and inflection). */
  mentions(analysis: ReplyAnalysis, keywords: readonly string[], sentence?: number): boolean;
}
