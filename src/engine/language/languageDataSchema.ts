import { z } from 'zod';

const words = z.array(z.string());

/** A word-ending rule: words ending with `suffix`, at least `minLength` long, minus the exceptions. */
const suffixRule = z.object({ suffix: z.string().min(1), minLength: z.number().int().min(1), except: words });

const conjugationClass = z.object({
  infinitive: z.string(),
  tuPresent: z.string(),
  leiPresent: z.string(),
  leiSubjunctive: z.string(),
  tuImperative: z.string(),
  firstPerson: z.string(),
  /** Whether a hard c/g at the end of the stem keeps its sound before i/e (cerc-are → cerchi). */
  hardenStem: z.boolean(),
});

const BUILT_IN_KEYS = [
  'greeting',
  'bare-presence',
  'introduction',
  'offer-help',
  'apology',
  'empathy',
  'ownership',
  'hold',
  'wait-time',
  'transfer',
  'escalation-refusal',
  'reference-number',
  'request-data',
  'thanks',
  'anything-else',
  'closing-announce',
  'goodbye',
  'cheerful',
  'robotic',
] as const;

export const languageDataSchema = z.object({
  locale: z.enum(['it', 'en']),
  normalization: z.object({
    /** Vowel typed before an apostrophe that stands for an accent: puo' → può. */
    accentVowels: z.record(z.string(), z.string()),
    /** Whole words whose apostrophe stands for an acute accent: perche' → perché. */
    accentWords: z.record(z.string(), z.string()),
    /** Words whose final apostrophe is correct and stays. */
    keepApostrophe: words,
  }),
  stopWords: words,
  /** Canonical word → variants that count as the same word for intent matching. */
  synonyms: z.record(z.string(), words),
  numberWords: words,
  negators: words,
  questionOpeners: words,
  register: z.object({
    informalStrong: words,
    informalWeak: words,
    /** The word for 'you are' that is also a number (Italian 'sei'), and the words that make it a number. */
    sixWord: z.string(),
    sixContext: words,
    /** Case-sensitive pronouns of the courtesy form, strong when capitalised mid-sentence. */
    formalCapitalised: words,
    formalLowerWeak: words,
    formalPhrases: words,
    /** Case-sensitive endings that attach the courtesy pronoun to a verb: aiutar-La. */
    formalCliticSuffixes: words,
    /** Object pronouns that, before a first-person verb, address the reader formally: La ringrazio. */
    objectPronounsBeforeFirstPerson: words,
    /** Pronouns that, placed before a subjunctive verb, make it a courtesy imperative: mi dica. */
    proclitics: words,
    /** Words after which an ambiguous verb is indicative (so second person): se cerchi. */
    indicativeIntroducers: words,
    thirdPersonWords: words,
    formalSubjunctiveWords: words,
    /** Words that may stand before a verb that opens its clause. */
    leadWords: words,
    /** Words that open a subordinate clause, after which a verb again opens its clause: 'cosa intende'. */
    clauseOpeners: words,
    /** Verbs taking an indirect object, after which le/Le is the courtesy 'to you': 'Le piace'. */
    indirectVerbs: words,
    /** Words after which a verb-looking word is a noun. */
    determiners: words,
    nounLookalikes: words,
    verbs: z.object({ are: words, ere: words, ire: words, isc: words }),
    conjugation: z.record(z.string(), conjugationClass),
    hardStemLetters: z.record(z.string(), z.string()),
    frontVowels: words,
    enclitics: words,
    informalSuffixes: z.array(suffixRule),
    thirdPersonSuffixes: z.array(suffixRule),
  }),
  style: z.object({
    /** Shorthand → full form ('' when the token should simply go). */
    shorthand: z.record(z.string(), z.string()),
    shorthandAllow: words,
    shorthandMaxConsonantLength: z.number().int(),
    vowels: z.string(),
    kForCh: z.object({ letter: z.string(), replacement: z.string(), before: z.string(), allow: words }),
    acronyms: words,
    capsMinLength: z.number().int(),
    emoticons: words,
    laughterPattern: z.string(),
    jokeWords: words,
    jargon: words,
    absolutePromises: words,
    misspellings: z.record(z.string(), z.string()),
  }),
  intents: z.object(Object.fromEntries(BUILT_IN_KEYS.map((k) => [k, words])) as Record<(typeof BUILT_IN_KEYS)[number], typeof words>),
  intentRules: z.object({
    /** An intent found → these intents are dropped (e.g. a greeting makes 'eccomi' a plain greeting). */
    suppress: z.record(z.string(), words),
    /** Cheerful cues that only count when the reply exclaims. */
    cheerfulNeedsExclamation: words,
    /** Tokens allowed between two consecutive words of a cue phrase. */
    maxGap: z.number().int().min(0),
    /** How many tokens before a cue a negation cancels it. */
    negationWindow: z.number().int().min(0),
    /**
     * Cue phrases that do not count when they open a question ('Mi scusi, è passato il tecnico?'),
     * unless the next word in the same clause makes them what they say ('mi scusi per l'attesa').
     */
    attentionGetters: z.object({ cues: words, countWhenFollowedBy: words }),
    /** Intents whose cues a negation anywhere earlier in the clause cancels ('se non ci sono altre domande'). */
    negatedInClause: words,
    /** Intents that only count in short replies (presence without content). */
    maxTokens: z.record(z.string(), z.number().int()),
  }),
  names: z.object({ minLength: z.number().int(), exclude: words, common: words }),
});

export type LanguageData = z.infer<typeof languageDataSchema>;
