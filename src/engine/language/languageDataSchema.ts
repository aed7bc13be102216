import { z } from 'zod';
import { CannedReplySchema } from '../console/consoleSchema.ts';
import { BUILT_IN_INTENTS, type BuiltInIntent } from '../analysis/replyAnalysis.ts';
import { LOCALE_CODES } from './locales.ts';

const words = z.array(z.string());

export const languageDataSchema = z.object({
  locale: z.enum(LOCALE_CODES),
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
  /** Words that answer a yes/no question on their own ('Sì.', 'Certo, …'): the answer affirms what was asked. */
  affirmatives: words,
  /** Words that make a question open rather than yes/no ('quando', 'come'): 'Sì' does not answer it. */
  openQuestionWords: words,
  questionOpeners: words,
  /** A question's last clause that only asks for assent ('…, ti va bene?'): the sentence proposes, it asks for no data. */
  tagQuestions: words,
  /** How a sentence may open with a question opener and still state ('Quanto al motivo: …', 'Come le dicevo, …'). */
  statementOpeners: words,
  /** Words that open a subordinate clause, after which a verb again opens its clause: 'cosa intende'. */
  clauseOpeners: words,
  /**
   * Object pronouns, one word or several, that take up what the sentence before named: 'Me li scriva
   * qui' after the card data. Only forms that are never articles ('la', 'le' alone usually are).
   */
  resumingPronouns: words,
  style: z.object({
    /** Shorthand → full form ('' when the token should simply go). */
    shorthand: z.record(z.string(), z.string()),
    shorthandAllow: words,
    shorthandMaxConsonantLength: z.number().int(),
    /** Emoji that laugh or wink: to a customer they make the sentence a joke, not just an emoji. */
    jokingEmoji: words,
    vowels: z.string(),
    kForCh: z.object({ letter: z.string(), replacement: z.string(), before: z.string(), notAfter: z.string(), allow: words }),
    acronyms: words,
    capsMinLength: z.number().int(),
    emoticons: words,
    laughterPattern: z.string(),
    jokeWords: words,
    jargon: words,
    absolutePromises: words,
    misspellings: z.record(z.string(), z.string()),
  }),
  /**
   * Cue phrases per built-in intent. `<num>`, `<code>` and `<name>` stand for a number, a code or a
   * person's name; a phrase may end with one mark: `<end>` (it must end its clause), `<last>` (it
   * must end the reply without opening it) or `<ask>` (data named, asked for only in a question or
   * a bare request of a few words).
   */
  intents: z.object(Object.fromEntries(BUILT_IN_INTENTS.map((k) => [k, words])) as Record<BuiltInIntent, typeof words>),
  intentRules: z.object({
    /** An intent found → these intents are dropped (e.g. a greeting makes 'eccomi' a plain greeting). */
    suppress: z.record(z.string(), words),
    /** Cheerful cues that only count when the reply exclaims. */
    cheerfulNeedsExclamation: words,
    /** Tokens allowed between two consecutive words of a cue phrase. */
    maxGap: z.number().int().min(0),
    /** How many tokens before a cue a negation cancels it. */
    negationWindow: z.number().int().min(0),
    /** How many words after a negator, within its clause, a scenario's keywords read as negated ('non certo per colpa Sua'). */
    negationScope: z.number().int().min(0),
    /**
     * Cue phrases that do not count when they open a question ('Mi scusi, è passato il tecnico?'),
     * unless the next word in the same clause makes them what they say ('mi scusi per l'attesa').
     */
    attentionGetters: z.object({ cues: words, countWhenFollowedBy: words }),
    /**
     * What the agent will do during a hold, right after its cue: announced, not done. `openers` open
     * it ('un attimo che verifico'); `beforeInfinitive` only with an infinitive next ('un minuto per
     * generare il link', not 'tra qualche minuto, per email'), which `infinitive` recognises.
     */
    holdPurpose: z.object({ openers: words, beforeInfinitive: words, infinitive: z.string() }),
    /**
     * What the agent did, for the `<done>` slot of cue phrases ('ho fissato'): a past participle's
     * ending, what a verb's lemma looks like, verbs whose forms are no act done for the customer
     * ('ho capito', 'ho dovuto'), and the only words that may come between the cue's word and it
     * ('ho già fissato', not 'ho un contratto'). `firstPerson` is the ending of the agent's own verb
     * ('vedo', 'abbiamo'): a short sentence naming data with one states, it does not ask for it.
     */
    agentActs: z.object({
      done: z.string(),
      firstPerson: z.string(),
      verbLemma: z.string(),
      notActs: words,
      between: words,
      /** 'La sto trasferendo' is 'la trasferisco': after one of these, a gerund (its ending) reads as the first-person act of its verb. */
      progressive: z.object({ auxiliaries: words, gerund: z.string() }),
    }),
    /** Intents whose cues a negation anywhere earlier in the clause cancels ('se non ci sono altre domande'). */
    negatedInClause: words,
    /** Phrases that say what follows is not needed: a cue right after one does not count ('non serve che me lo indichi'). */
    needlessOpeners: words,
    /** Per intent, words that cancel its cue right before it: 'in un attimo' says how soon, not that the customer should wait. */
    notAfter: z.record(z.string(), words),
    /** Intents that only count in short replies (presence without content). */
    maxTokens: z.record(z.string(), z.number().int()),
  }),
  names: z.object({ minLength: z.number().int(), exclude: words, common: words }),
  persona: z.object({
    /** How a customer rewords a line they already wrote once (never the same words twice): for a question or a statement, per register, used in turn. */
    repeatPrefixes: z.object({
      question: z.object({ formal: words.min(1), informal: words.min(1) }),
      statement: z.object({ formal: words.min(1), informal: words.min(1) }),
    }),
    /** How a nudge the customer already wrote comes back: the same words, and that they are still waiting. */
    nudgeRepeatSuffixes: words.min(1),
    /**
     * A short acknowledgement the customer already wrote ('Va bene.', 'Certo, attendo.') comes back as
     * another one, not prefixed like a statement ('Come le dicevo, ok.' is not how people write).
     */
    acknowledgements: z.object({ formal: words.min(1), informal: words.min(1) }),
    /**
     * What any customer answers when asked for card data in chat, unless the scenario has its own
     * reaction: they hesitate and do not go on (a built-in reaction, like the rule that scores it).
     */
    cardDataWorry: z.object({ formal: words.min(1), informal: words.min(1) }),
    /** Asked for card data a third time, the customer declines and leaves with the need unmet. */
    cardDataRefusal: z.object({ formal: words.min(1), informal: words.min(1) }),
    /** What any customer answers when the agent reproaches or brushes them off ('gliel'ho già detto'), unless the scenario has its own reaction. */
    dismissedWorry: z.object({ formal: words.min(1), informal: words.min(1) }),
    /** The words an acknowledgement is made of ('ok', 'va bene', 'certo', 'attendo'): a line of only these is one. */
    acknowledgementWords: words.min(1),
    /** Words that turn an acknowledgement into an objection ('Grazie, ma…'): a line asked again drops that lead ('Come le dicevo, a me serve…'). */
    contrastWords: words.min(1),
  }),
  topics: z.object({
    /** Lemmas too common to say what a sentence is about (essere, avere, fare, potere…): never a topic word. */
    lightLemmas: words,
    /** Endings a lemma's family drops, longest first ('documentazione' and 'documento' are one family: 'document'). */
    familySuffixes: words,
    /** The shortest a family's root may be: a shorter one keeps the ending. */
    familyMinLength: z.number().int().min(1),
  }),
  tone: z.object({
    /** Words of courtesy ('grazie', 'prego', 'cortesemente'): a short reply with one of them is not curt. */
    courtesyWords: words.min(1),
    /** A reply of at most this many words (codes and numbers aside), with no courtesy word, is curt. */
    curtMaxWords: z.number().int().min(1),
  }),
  greeting: z.object({
    /** Words of a company's name that an introduction may leave out: 'Assicurazioni Aurora S.p.A.'. */
    companyFillerWords: words,
    /** Words that welcome the customer ('benvenuto'), as the opening of a live chat should (seed 000). */
    welcomeWords: words.min(1),
  }),
  /** The agent console's canned replies, in each register: what a company's stock of macros holds. */
  cannedReplies: z.object({ formal: z.array(CannedReplySchema), informal: z.array(CannedReplySchema) }),
});

/**
 * The language data of a locale once its folder's file is laid over `base.json`: the same shape for
 * every locale. How a locale reads register is its own (see each folder's register strategy).
 */
export type LanguageData = z.infer<typeof languageDataSchema>;
