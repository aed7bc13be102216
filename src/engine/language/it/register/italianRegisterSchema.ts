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

/** The data of the Italian Lei/tu reading: pronouns, verb classes and the cues around them. */
export const italianRegisterSchema = z.object({
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
  /** Lower-case courtesy pronoun glued to an infinitive or gerund ('aiutarla', 'fornirle', 'ringraziandola'): may also mean 'her', so weak. */
  lowerCliticEndings: words,
  lowerCliticMinLength: z.number().int().min(1),
  /** Short infinitives with the pronoun glued that the endings rule leaves out for their length ('darle', 'dirla'). */
  lowerCliticWords: words,
  /** How a first-person present ends ('le consiglio'), for verbs the list does not know. */
  firstPersonEnding: z.string(),
  /** Feminine nouns in -o that an article 'la'/'le' may precede ('le foto'): not a pronoun before a verb. */
  feminineNounsInO: words,
  /** Words that after a clitic pronoun are a second-person verb, elsewhere something else ('mi dai', but 'dai clienti'). */
  secondPersonAfterProclitic: words,
  /**
   * A short question that asks what the reader is, with no subject ('È un nostro iscritto?', 'È
   * soddisfatto?'): the courtesy third person. The verb, the words that may stand between, the
   * predicates that describe a person, and the longest such question.
   */
  personalQuestion: z.object({ verbs: words, fillers: words, predicates: words, maxTokens: z.number().int().min(2) }),
  thirdPersonSuffixes: z.array(suffixRule),
});

export type ItalianRegisterData = z.infer<typeof italianRegisterSchema>;
