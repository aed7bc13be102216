import { PhraseSet } from '../../../analysis/phraseSet.ts';
import type { Token, Tokenized } from '../../../analysis/tokenize.ts';
import type { LanguageData } from '../../languageDataSchema.ts';
import { perLanguage } from '../../perLanguage.ts';
import type { RegisterCue } from '../../../analysis/replyAnalysis.ts';
import { registerCue, weighCues, type RegisterResult, type RegisterStrategy } from '../../registerStrategy.ts';
import type { ItalianRegisterData } from './italianRegisterSchema.ts';
import { VerbForm, verbLexicon } from './verbLexicon.ts';

const UPPER_AFTER_LOWER = /\p{Ll}$/u;
const STARTS_LOWER = /^\p{Ll}/u;

interface Compiled {
  lexicon: Map<string, number>;
  sets: Record<
    | 'informalStrong'
    | 'informalWeak'
    | 'sixContext'
    | 'formalCapitalised'
    | 'formalLowerWeak'
    | 'objectPronouns'
    | 'proclitics'
    | 'indicativeIntroducers'
    | 'leadWords'
    | 'clauseOpeners'
    | 'indirectVerbs'
    | 'determiners'
    | 'nounLookalikes'
    | 'feminineNounsInO'
    | 'secondPersonAfterProclitic'
    | 'negators'
    | 'numberWords',
    Set<string>
  >;
  formalPhrases: PhraseSet;
}

function compile(r: ItalianRegisterData, data: LanguageData): Compiled {
  return {
    lexicon: verbLexicon(r),
    sets: {
      informalStrong: new Set(r.informalStrong),
      informalWeak: new Set(r.informalWeak),
      sixContext: new Set(r.sixContext),
      formalCapitalised: new Set(r.formalCapitalised),
      formalLowerWeak: new Set(r.formalLowerWeak),
      objectPronouns: new Set(r.objectPronounsBeforeFirstPerson),
      proclitics: new Set(r.proclitics),
      indicativeIntroducers: new Set(r.indicativeIntroducers),
      leadWords: new Set(r.leadWords),
      clauseOpeners: new Set(data.clauseOpeners),
      indirectVerbs: new Set(r.indirectVerbs),
      determiners: new Set(r.determiners),
      nounLookalikes: new Set(r.nounLookalikes),
      feminineNounsInO: new Set(r.feminineNounsInO),
      secondPersonAfterProclitic: new Set(r.secondPersonAfterProclitic),
      negators: new Set(data.negators),
      numberWords: new Set(data.numberWords),
    },
    formalPhrases: new PhraseSet(
      r.formalPhrases.map((p) => [p, p] as const),
      data,
      'norm',
    ),
  };
}

function endsWithRule(word: string, rules: ItalianRegisterData['informalSuffixes']): boolean {
  return rules.some((rule) => word.length >= rule.minLength && word.endsWith(rule.suffix) && !rule.except.includes(word));
}

/** The Italian register strategy over its register data, compiled once per language data. */
export function italianRegister(r: ItalianRegisterData): RegisterStrategy {
  const compiled = perLanguage((data: LanguageData) => compile(r, data));
  return (text, tokenized, data) => detectItalianRegister(text, tokenized, r, compiled(data));
}

/**
 * Judges Lei vs tu from the raw text: capitalised courtesy pronouns, second-person forms,
 * and for the ambiguous verbs the pronoun position, the clause position and whether the
 * sentence asks something. Strong cues weigh three times weak ones.
 */
function detectItalianRegister(text: string, tokenized: Tokenized, r: ItalianRegisterData, { lexicon, sets, formalPhrases }: Compiled): RegisterResult {
  const { tokens, questionSentences } = tokenized;
  const cues: RegisterCue[] = [];
  const cue = (from: Token, to: Token, register: 'formal' | 'informal', strength: 'strong' | 'weak') => cues.push(registerCue(text, from, to, register, strength));

  // clauseInitial[i]: only lead words (non, mi, che, ...) stand between the clause start and token i.
  const clauseInitial: boolean[] = new Array<boolean>(tokens.length);
  let onlyLead = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.clauseStart) onlyLead = true;
    clauseInitial[i] = onlyLead;
    if (sets.clauseOpeners.has(t.norm)) onlyLead = true;
    else if (!sets.leadWords.has(t.norm)) onlyLead = false;
  }

  for (const hit of formalPhrases.find(tokens)) {
    if (!tokens[hit.first]!.expanded && !tokens[hit.last]!.expanded) cue(tokens[hit.first]!, tokens[hit.last]!, 'formal', 'strong');
  }

  for (const question of personalQuestions(tokens, questionSentences, r)) cue(question[0]!, question[1]!, 'formal', 'weak');

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const w = t.norm;
    const question = questionSentences.has(t.sentence);

    if (t.expanded) {
      // The spelled-out form is our suggestion, not what was written: only the typed word may be a cue
      // (raga), while the full form still serves its neighbours as context (cmq → comunque before a verb).
      if (prev?.start !== t.start) {
        if (sets.informalStrong.has(t.lower)) cue(t, t, 'informal', 'strong');
        else if (sets.informalWeak.has(t.lower)) cue(t, t, 'informal', 'weak');
      }
      continue;
    }

    const pronounBeforeVerb = next !== undefined && sets.objectPronouns.has(w) && (sets.indirectVerbs.has(next.norm) || ((lexicon.get(next.norm) ?? 0) & VerbForm.firstPerson) !== 0);
    if (sets.formalCapitalised.has(t.raw)) {
      if (!t.capitalExpected) cue(t, t, 'formal', 'strong');
      else if (sets.formalLowerWeak.has(w)) cue(t, t, 'formal', 'weak');
      else if (pronounBeforeVerb) cue(t, next, 'formal', 'strong');
      continue;
    }
    if (sets.formalLowerWeak.has(w) && STARTS_LOWER.test(t.raw)) {
      cue(t, t, 'formal', 'weak');
      continue;
    }
    if (hasCliticSuffix(t.raw, r.formalCliticSuffixes)) {
      cue(t, t, 'formal', 'strong');
      continue;
    }
    if (w === r.sixWord && w !== '') {
      const numeric = (next && sets.sixContext.has(next.norm)) || (prev && (sets.sixContext.has(prev.norm) || /\d/.test(prev.norm)));
      if (!numeric) cue(t, t, 'informal', 'strong');
      continue;
    }
    if (sets.informalStrong.has(w)) {
      // 'Stia tranquilla': an adjective after a courtesy subjunctive belongs to the Lei, not the tu.
      const afterCourtesyVerb = prev !== undefined && ((lexicon.get(prev.norm) ?? 0) & VerbForm.subjunctive) !== 0 && !sets.informalStrong.has(prev.norm);
      if (!afterCourtesyVerb) cue(t, t, 'informal', 'strong');
      continue;
    }
    if (sets.informalWeak.has(w)) {
      cue(t, t, 'informal', 'weak');
      continue;
    }
    if (pronounBeforeVerb) {
      // Lower-case 'le piace' may also mean 'to her'; 'la ringrazio' cannot.
      cue(t, next, 'formal', sets.indirectVerbs.has(next.norm) ? 'weak' : 'strong');
      i++;
      continue;
    }
    if (prev && sets.proclitics.has(prev.norm) && sets.secondPersonAfterProclitic.has(w)) {
      cue(prev, t, 'informal', 'strong');
      continue;
    }
    if (isLowerClitic(t.raw, r)) {
      cue(t, t, 'formal', 'weak');
      continue;
    }
    if (next && sets.objectPronouns.has(w) && STARTS_LOWER.test(next.raw) && looksFirstPerson(next.norm, r, sets)) {
      // 'le consiglio', 'la contatto': a pronoun before a first-person verb the list does not know (or 'to her': weak).
      cue(t, next, 'formal', 'weak');
      i++;
      continue;
    }
    if (endsWithRule(w, r.informalSuffixes)) {
      cue(t, t, 'informal', 'strong');
      continue;
    }

    const flags = (lexicon.get(w) ?? 0) | (endsWithRule(w, r.thirdPersonSuffixes) ? VerbForm.thirdPerson : 0);
    if (flags === 0) continue;
    // Pronoun before the verb: 'mi dica', 'si preoccupi' are courtesy imperatives ('cosa ne pensi?' asks, so is tu).
    const subjunctiveFlags = question ? VerbForm.subjunctive : VerbForm.subjunctive | VerbForm.ambiguousI;
    if (prev && sets.proclitics.has(prev.norm) && flags & subjunctiveFlags) {
      cue(prev, t, 'formal', 'strong');
      continue;
    }
    const initial = clauseInitial[i]!;
    if (sets.nounLookalikes.has(w) && !question) continue;
    if (prev && sets.determiners.has(prev.norm) && !sets.leadWords.has(prev.norm)) continue;
    const afterNon = prev !== undefined && sets.negators.has(prev.norm);

    if (flags & VerbForm.secondPerson) cue(t, t, 'informal', 'strong');
    else if (flags & VerbForm.imperativeClitic && initial) cue(t, t, 'informal', 'strong');
    else if (flags & VerbForm.infinitive && afterNon && initial && prev) cue(prev, t, 'informal', 'strong');
    else if (flags & VerbForm.ambiguousI) {
      // Alone before a comma it calls for attention ('Scusi, ...?', 'Guardi, ...'): a courtesy imperative even in a question.
      const callsOut = initial && next !== undefined && next.clauseStart && next.sentence === t.sentence;
      if (question && !callsOut) cue(t, t, 'informal', 'strong');
      else if (prev && sets.indicativeIntroducers.has(prev.norm)) cue(t, t, 'informal', 'weak');
      else if (initial) cue(t, t, 'formal', 'weak');
    } else if (flags & VerbForm.ambiguousA) {
      // Third person (courtesy) when asked, negated or after 'se'; otherwise a tu imperative.
      const indicative = question || afterNon || (prev !== undefined && sets.indicativeIntroducers.has(prev.norm));
      if (indicative) cue(t, t, 'formal', 'weak');
      else if (initial) cue(t, t, 'informal', 'weak');
    } else if (flags & VerbForm.thirdPerson && (initial || question) && !sets.numberWords.has(w)) {
      cue(t, t, 'formal', 'weak');
    } else if (flags & VerbForm.subjunctive && initial) {
      cue(t, t, 'formal', 'weak');
    }
  }

  return weighCues(cues);
}

/** 'È un nostro iscritto?': the first and the predicate token of each short question that asks what the reader is. */
function personalQuestions(tokens: readonly Token[], questionSentences: ReadonlySet<number>, r: ItalianRegisterData): [Token, Token][] {
  const { verbs, fillers, predicates, maxTokens } = r.personalQuestion;
  const found: [Token, Token][] = [];
  // Sentence lengths in one pass: a reply of many short questions costs time in proportion to its length.
  const lengths = new Map<number, number>();
  for (const t of tokens) lengths.set(t.sentence, (lengths.get(t.sentence) ?? 0) + 1);
  tokens.forEach((t, i) => {
    if (!t.sentenceStart || !questionSentences.has(t.sentence) || !verbs.includes(t.norm)) return;
    if (lengths.get(t.sentence)! > maxTokens) return;
    let k = i + 1;
    while (k < tokens.length && tokens[k]!.sentence === t.sentence && fillers.includes(tokens[k]!.norm)) k++;
    const predicate = tokens[k];
    if (predicate && predicate.sentence === t.sentence && predicates.includes(predicate.norm)) found.push([t, predicate]);
  });
  return found;
}

/** aiutarla, fornirle, ringraziandola: the courtesy pronoun glued in lower case to an infinitive or gerund. */
function isLowerClitic(raw: string, r: ItalianRegisterData): boolean {
  if (raw !== raw.toLowerCase()) return false;
  if (r.lowerCliticWords.includes(raw)) return true;
  return raw.length >= r.lowerCliticMinLength && r.lowerCliticEndings.some((ending) => raw.endsWith(ending));
}

/** A word after 'la'/'le' that reads as a first-person verb: ends like one, and is no noun the article could go with. */
function looksFirstPerson(word: string, r: ItalianRegisterData, sets: Compiled['sets']): boolean {
  return word.length >= 4 && word.endsWith(r.firstPersonEnding) && !sets.feminineNounsInO.has(word) && !sets.nounLookalikes.has(word);
}

/** aiutarLa, darLe: a courtesy pronoun glued, capitalised, to a lower-case verb. */
function hasCliticSuffix(raw: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) {
    if (raw.length > s.length + 2 && raw.endsWith(s) && UPPER_AFTER_LOWER.test(raw.slice(0, -s.length))) return true;
  }
  return false;
}
